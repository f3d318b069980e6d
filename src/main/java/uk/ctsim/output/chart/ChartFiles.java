package uk.ctsim.output.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a chart as PNG bytes or an SVG document, at one size for every chart so the report lines them up. */
public final class ChartFiles {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 560;

  private ChartFiles() {}

  public static void writePng(JFreeChart chart, OutputStream out) throws IOException {
    PngEncoder.write(chart.createBufferedImage(WIDTH, HEIGHT), out);
  }

  public static byte[] png(JFreeChart chart) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writePng(chart, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render chart " + chart.getTitle().getText() + " as PNG", e);
    }
    return bytes.toByteArray();
  }

  public static String svg(JFreeChart chart) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    // JFreeSVG's default prefix for clip-path and gradient ids is "_" + System.nanoTime(), so the same chart would
    // give different bytes on each run; a fixed prefix keeps a run folder reproducible.
    g.setDefsKeyPrefix("ctsim");
    chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
    return g.getSVGDocument();
  }
}
