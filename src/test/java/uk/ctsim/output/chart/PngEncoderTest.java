package uk.ctsim.output.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uk.ctsim.output.Fixtures;

/** The PNG encoder loses nothing: ImageIO reads back every pixel, alpha included, of the image it was given. */
class PngEncoderTest {
  @Test
  void aChartReadsBackPixelForPixel() throws Exception {
    BufferedImage drawn = BarCharts.bars(ChartData.byCategory(Fixtures.result()))
        .createBufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT);
    assertSamePixels(drawn, readBack(drawn));
  }

  @Test
  void everyChannelSurvivesIncludingTransparency() throws Exception {
    BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_ARGB);
    int[] pixels = {0xFFFFFFFF, 0x00000000, 0xFF000000, 0x80FF0001, 0x7F00FF02, 0x01020304, 0xFEFDFCFB, 0x00FFFFFF,
        0xFF123456, 0x12345678, 0x9ABCDEF0, 0x0F0F0F0F, 0xF0F0F0F0, 0x00000001, 0xFFFFFFFE};
    for (int i = 0; i < pixels.length; i++) image.setRGB(i % 5, i / 5, pixels[i]);
    BufferedImage read = readBack(image);
    assertThat(read.getColorModel().hasAlpha()).isTrue();
    assertSamePixels(image, read);
  }

  @Test
  void refusesAnImageItWouldMisread() {
    BufferedImage rgb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(() -> PngEncoder.write(rgb, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE_INT_ARGB");
    BufferedImage part = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB).getSubimage(1, 1, 2, 2);
    assertThatThrownBy(() -> PngEncoder.write(part, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-image");
  }

  private static BufferedImage readBack(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(image, out);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read).isNotNull();
    return read;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(Integer.toHexString(actual.getRGB(x, y))).as("pixel at %d,%d", x, y)
            .isEqualTo(Integer.toHexString(expected.getRGB(x, y)));
      }
    }
  }
}
