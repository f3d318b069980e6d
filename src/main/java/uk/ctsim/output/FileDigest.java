package uk.ctsim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The size in bytes and lower-case hexadecimal SHA-256 of a file, as its manifest lists them. */
record FileDigest(long bytes, String sha256) {

  /**
   * A stream that passes every byte on to {@code out} and counts and hashes it on the way, so a file's size and
   * SHA-256 are known when it has been written, without reading it back.
   */
  static final class Stream extends DigestOutputStream {
    private long count;

    Stream(OutputStream out) {
      super(out, newSha256());
    }

    @Override
    public void write(int b) throws IOException {
      super.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      super.write(b, off, len);
      count += len;
    }

    /** What has gone through so far; call it once, when the file is complete. */
    FileDigest digest() {
      return new FileDigest(count, HexFormat.of().formatHex(getMessageDigest().digest()));
    }
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
