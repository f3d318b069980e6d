package uk.ctsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenceTableTest {
  private static List<long[]> entries(PenceTable t) {
    List<long[]> out = new ArrayList<>();
    t.forEach((key, pence) -> out.add(new long[] {key, pence}));
    return out;
  }

  @Test
  void amountsOfAKeyAreSummedAndKeysKeepTheOrderTheyFirstArrived() {
    PenceTable t = new PenceTable();
    t.add(7, 100);
    t.add(-3, 5);
    t.add(7, -40);
    t.add(0, 0);
    assertThat(t.size()).isEqualTo(3);
    assertThat(t.get(7)).isEqualTo(60);
    assertThat(t.get(-3)).isEqualTo(5);
    assertThat(t.get(0)).isZero();
    assertThat(t.get(8)).isZero();
    assertThat(entries(t)).containsExactly(new long[] {7, 60}, new long[] {-3, 5}, new long[] {0, 0});
  }

  @Test
  void manyKeysGrowTheTableAndEveryTotalIsKept() {
    PenceTable t = new PenceTable();
    int n = 5000;
    for (int round = 0; round < 2; round++) {
      // keys that differ only in their high bits, which the hash must spread
      for (int i = 0; i < n; i++) t.add((long) i << 40 | 1, i + 1);
    }
    assertThat(t.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) assertThat(t.get((long) i << 40 | 1)).isEqualTo(2L * (i + 1));
    List<long[]> all = entries(t);
    assertThat(all).hasSize(n);
    for (int i = 0; i < n; i++) assertThat(all.get(i)).containsExactly((long) i << 40 | 1, 2L * (i + 1));
  }

  @Test
  void aPositionIsLookedUpOnceAndAddedToAfter() {
    PenceTable t = new PenceTable();
    t.add(5, 10);
    int five = t.position(5);
    int nine = t.position(9);
    assertThat(five).isZero();
    assertThat(nine).isEqualTo(1);
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.get(9)).isZero();
    t.addAt(nine, 7);
    t.addAt(five, -3);
    t.addAt(nine, 4);
    assertThat(t.get(5)).isEqualTo(7);
    assertThat(t.get(9)).isEqualTo(11);
    // positions stay what they were as the table grows
    for (long k = 100; k < 400; k++) t.add(k << 40, 1);
    assertThat(t.position(9)).isEqualTo(nine);
    assertThat(t.position(5)).isEqualTo(five);
    assertThat(entries(t).get(1)).containsExactly(9, 11);
  }

  @Test
  void anOverflowAtAPositionThrows() {
    PenceTable t = new PenceTable();
    int at = t.position(1);
    t.addAt(at, Long.MIN_VALUE);
    assertThatThrownBy(() -> t.addAt(at, -1)).isInstanceOf(ArithmeticException.class);
    assertThat(t.get(1)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void anOverflowingTotalThrows() {
    PenceTable t = new PenceTable();
    t.add(1, Long.MAX_VALUE);
    assertThatThrownBy(() -> t.add(1, 1)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void theSpreadMixesHighBitsIntoLowOnes() {
    assertThat(PenceTable.spread(0)).isZero();
    // keys that differ in one high bit land in different slots of a small table, over many bits
    java.util.Set<Integer> slots = new java.util.HashSet<>();
    for (int bit = 30; bit < 63; bit++) slots.add(PenceTable.spread(1L << bit) & 1023);
    assertThat(slots).hasSizeGreaterThan(30);
  }
}
