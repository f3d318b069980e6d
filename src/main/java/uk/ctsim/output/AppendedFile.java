package uk.ctsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A file of a run folder written piece by piece while the run goes on (a row file that gets each replication's rows
 * as it finishes), in UTF-8. Closing it forces its content to the disk, as {@link Durable#write} does for a file
 * written at once, and hands the size and SHA-256 of everything appended, counted on the way to the file, to the
 * folder that opened it.
 */
final class AppendedFile extends Writer {
  private final Path file;
  private final FileChannel channel;
  private final FileDigest.Stream digesting;
  private final Writer text;
  private final Consumer<FileDigest> whenClosed;
  private boolean closed;

  AppendedFile(Path file, Consumer<FileDigest> whenClosed) throws IOException {
    this.file = file;
    this.whenClosed = whenClosed;
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.digesting = new FileDigest.Stream(Channels.newOutputStream(channel));
    this.text = new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    text.write(buffer, offset, length);
  }

  @Override
  public void write(String s) throws IOException {
    text.write(s);
  }

  @Override
  public void flush() throws IOException {
    text.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) return;
    closed = true;
    try (channel) {
      text.flush();
      channel.force(true);
    }
    Durable.readableByOthers(file);
    whenClosed.accept(digesting.digest());
  }
}
