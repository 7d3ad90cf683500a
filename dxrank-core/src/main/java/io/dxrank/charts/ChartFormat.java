package io.dxrank.charts;

import io.dxrank.core.Coded;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * The image format charts are written in: PNG (default, opens everywhere) or SVG (sharp at any zoom, text
 * stays text). Example: {@code ChartFormat.named("svg").write(chart, dir, "ranking_x", 900, 400)}.
 */
public enum ChartFormat implements Coded {
    PNG, SVG;

    /** The format named on the command line: png or svg (case-insensitive); null means png. */
    public static ChartFormat named(String name) {
        return name == null || name.isBlank() ? PNG : Coded.parse(ChartFormat.class, name, "chart format");
    }

    /** File extension without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name a chart named {@code stem} is written to. */
    public String fileName(String stem) {
        return stem + "." + extension();
    }

    /** Draws the chart into dir/stem.ext and returns the file name (ASCII, relative to dir). */
    public String write(JFreeChart chart, Path dir, String stem, int width, int height) throws IOException {
        String fileName = fileName(stem);
        Path file = dir.resolve(fileName);
        if (this == PNG) {
            writePng(chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null), file);
        } else {
            SVGGraphics2D g = new SVGGraphics2D(width, height);
            chart.draw(g, new Rectangle(width, height));
            Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
        }
        return fileName;
    }

    /**
     * An opaque chart as PNG: without the alpha channel JFreeChart's own writer adds (the charts paint their
     * background), a fifth quicker to encode and a fifth smaller, the same pixels.
     */
    private static void writePng(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // closing the image stream leaves the file's stream open: both are closed here. The image is buffered in
        // memory: ImageIO's own choice (its cache on) is a temporary file per image, written and copied back
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream out = new MemoryCacheImageOutputStream(os)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }
}
