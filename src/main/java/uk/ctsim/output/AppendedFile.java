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

/**
 * A file of a run folder written piece by piece while the run goes on (a row file that gets each replication's rows
 * as it finishes), in UTF-8. Closing it forces its content to the disk, as {@link Durable#write} does for a file
 * written at once.
 */
final class AppendedFile extends Writer {
  private final Path file;
  private final FileChannel channel;
  private final Writer text;
  private boolean closed;

  AppendedFile(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.text = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
        1 << 16);
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
  }
}
