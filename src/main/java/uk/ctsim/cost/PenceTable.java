package uk.ctsim.cost;

import java.util.Arrays;

/**
 * Pence summed by a key packed into a {@code long} ({@link LineKeys}): an open-addressing hash table over plain arrays.
 * It exists because the accountant adds a few amounts for each of about a million deployments a replication-year, and
 * a map of cost-line objects to boxed totals made and hashed a record and a {@code Long} for each. Keys are kept in the
 * order they first arrive, so {@link #forEach} visits them in that order.
 */
final class PenceTable {
  /** What {@link #forEach} calls for each key. */
  interface Visitor {
    void visit(long key, long pence);
  }

  private long[] keys = new long[64];
  private long[] pence = new long[64];
  /** Slots of the hash: position + 1 of the key in {@link #keys}, 0 for an empty slot. Its length is a power of 2. */
  private int[] slots = new int[128];
  private int size;

  /** Adds {@code amount} to the key's total, exactly (an overflow throws). */
  void add(long key, long amount) {
    addAt(position(key), amount);
  }

  /**
   * Where the key's total is kept, the key entered with a total of 0 if it is new. A position never changes, so a
   * caller that adds to the same keys again and again (a deployment's lines, one per category) can look each up once
   * and {@link #addAt} it after. Only a key about to be added to should be entered: a key stays once entered.
   */
  int position(long key) {
    int mask = slots.length - 1;
    int slot = spread(key) & mask;
    while (slots[slot] != 0) {
      int at = slots[slot] - 1;
      if (keys[at] == key) return at;
      slot = (slot + 1) & mask;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      pence = Arrays.copyOf(pence, size * 2);
    }
    keys[size] = key;
    pence[size] = 0;
    slots[slot] = ++size;
    if (size * 2 > slots.length) rehash(slots.length * 2);
    return size - 1;
  }

  /** Adds {@code amount} to the total at a {@link #position}, exactly (an overflow throws). */
  void addAt(int position, long amount) {
    pence[position] = Math.addExact(pence[position], amount);
  }

  /** The total of a key, 0 when it was never added. */
  long get(long key) {
    int mask = slots.length - 1;
    for (int slot = spread(key) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slots[slot] - 1] == key) return pence[slots[slot] - 1];
    }
    return 0;
  }

  int size() {
    return size;
  }

  /** Visits every key with its total, in the order the keys first arrived. */
  void forEach(Visitor visitor) {
    for (int i = 0; i < size; i++) visitor.visit(keys[i], pence[i]);
  }

  private void rehash(int length) {
    slots = new int[length];
    int mask = length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(keys[i]) & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
  }

  /**
   * Mixes all 64 bits into the low ones (MurmurHash3's finalizer): packed keys differ mostly in their high bits, which
   * a plain multiply would leave out of the slot index.
   */
  static int spread(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
