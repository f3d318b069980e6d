package uk.ctsim.output;

import java.util.Locale;

/**
 * Which files a run writes besides its data files ({@code --outputs}) and in which format its charts are
 * ({@code --chart-format}). The data files are always written; they are what {@code ctsim report}, {@code compare} and
 * {@code merge} read.
 *
 * @param files {@link Files#DATA} the data files only; {@link Files#CHARTS} and the charts; {@link Files#ALL} and the
 *     charts, {@code report.html} and {@code costs.xlsx}
 * @param charts the chart files: PNG, SVG or both
 */
public record OutputChoice(Files files, ChartFormat charts) {
  /** The default: every file, charts in both formats. */
  public static final OutputChoice EVERYTHING = new OutputChoice(Files.ALL, ChartFormat.BOTH);

  /** What a run writes. */
  public enum Files { DATA, CHARTS, ALL }

  /** The charts' file formats. */
  public enum ChartFormat {
    PNG, SVG, BOTH;

    boolean png() {
      return this != SVG;
    }

    boolean svg() {
      return this != PNG;
    }
  }

  public OutputChoice {
    if (files == null || charts == null) throw new IllegalArgumentException("an output choice names files and chart format");
  }

  /** True when the run writes files for readers, which are made from the replications' results in memory. */
  public boolean readerFiles() {
    return files != Files.DATA;
  }

  /** The option value, in lower case, as a user writes it. */
  public static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
