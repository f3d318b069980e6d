package uk.ctsim.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Files written so that they survive a crash (flushed to the disk), and their SHA-256. */
final class Durable {
  private Durable() {}

  /**
   * Creates {@code file} (it must not exist), writes it, and forces its content to the disk before returning. Returns
   * the size and SHA-256 of the bytes written, counted as they went to the file.
   */
  static FileDigest write(Path file, RunFolder.BinaryBody body) throws IOException {
    FileDigest written;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      FileDigest.Stream digesting = new FileDigest.Stream(Channels.newOutputStream(channel));
      // The body may close the stream it is given; the channel stays open until it has been forced.
      OutputStream out = new FilterOutputStream(digesting) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          this.out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
      body.writeTo(out);
      out.flush();
      channel.force(true);
      written = digesting.digest();
    }
    readableByOthers(file);
    return written;
  }

  /** A run's results are for colleagues to read, as any file the user writes, whatever the temporary-file mode. */
  static void readableByOthers(Path file) throws IOException {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Flushes a folder's entries (names) to the disk; a no-op where the platform cannot open a folder. */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
      // Windows cannot open a directory as a channel; its rename is durable enough for our purpose.
    }
  }

  /** Lower-case hexadecimal SHA-256 of the file's bytes: for reading a finished folder back, never while writing it. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = FileDigest.newSha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
