package uk.ctsim.output.chart;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** How money is shown to finance readers: whole pounds with thousands separators, or short £k/£m/£bn on axes. */
public final class Money {
  private Money() {}

  /** Whole pounds with thousands separators, such as {@code £1,234,567}; negative as {@code -£1,234}. */
  public static String pounds(double pounds) {
    DecimalFormat format = new DecimalFormat("£#,##0;-£#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(pounds);
  }

  /** Short pounds for axes and headlines: {@code £950}, {@code £12.5k}, {@code £3.27m}, {@code £1.2bn}. */
  public static String shortPounds(double pounds) {
    double abs = Math.abs(pounds);
    String sign = pounds < 0 ? "-" : "";
    if (abs >= 1e9) return sign + "£" + trim(abs / 1e9) + "bn";
    if (abs >= 1e6) return sign + "£" + trim(abs / 1e6) + "m";
    if (abs >= 1e3) return sign + "£" + trim(abs / 1e3) + "k";
    return sign + "£" + new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.UK)).format(abs);
  }

  private static String trim(double value) {
    DecimalFormat format = new DecimalFormat(value >= 100 ? "0" : value >= 10 ? "0.#" : "0.##",
        DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }

  /** A number format for chart axes and labels that writes {@link #shortPounds}. */
  public static NumberFormat axisFormat() {
    return new AxisFormat();
  }

  private static final class AxisFormat extends NumberFormat {
    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(shortPounds(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(shortPounds(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      throw new UnsupportedOperationException("axis labels are not parsed");
    }
  }
}
