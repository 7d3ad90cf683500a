package io.dxrank.charts;

import io.dxrank.core.Coded;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Vector;
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
            writer.write(null, new IIOImage(new QuickRows(image), null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
    }

    /**
     * An opaque chart as the PNG writer reads it, a row at a time: the same colour model, sample model and pixels,
     * without its copy of every row and its sample-by-sample unpacking of the copy (three quarters of the
     * writer's Java time), so the file is byte for byte the one the chart itself gives.
     */
    private static final class QuickRows implements RenderedImage {
        private final BufferedImage image;
        private final Raster rows;

        QuickRows(BufferedImage image) {
            this.image = image;
            this.rows = new RgbRaster(image.getRaster());
        }

        @Override
        public Raster getData(Rectangle rect) {
            return rows;
        }

        @Override
        public Raster getData() {
            return image.getData();
        }

        @Override
        public WritableRaster copyData(WritableRaster raster) {
            return image.copyData(raster);
        }

        @Override
        public Vector<RenderedImage> getSources() {
            return image.getSources();
        }

        @Override
        public Object getProperty(String name) {
            return image.getProperty(name);
        }

        @Override
        public String[] getPropertyNames() {
            return image.getPropertyNames();
        }

        @Override
        public ColorModel getColorModel() {
            return image.getColorModel();
        }

        @Override
        public SampleModel getSampleModel() {
            return image.getSampleModel();
        }

        @Override
        public int getWidth() {
            return image.getWidth();
        }

        @Override
        public int getHeight() {
            return image.getHeight();
        }

        @Override
        public int getMinX() {
            return image.getMinX();
        }

        @Override
        public int getMinY() {
            return image.getMinY();
        }

        @Override
        public int getNumXTiles() {
            return image.getNumXTiles();
        }

        @Override
        public int getNumYTiles() {
            return image.getNumYTiles();
        }

        @Override
        public int getMinTileX() {
            return image.getMinTileX();
        }

        @Override
        public int getMinTileY() {
            return image.getMinTileY();
        }

        @Override
        public int getTileWidth() {
            return image.getTileWidth();
        }

        @Override
        public int getTileHeight() {
            return image.getTileHeight();
        }

        @Override
        public int getTileGridXOffset() {
            return image.getTileGridXOffset();
        }

        @Override
        public int getTileGridYOffset() {
            return image.getTileGridYOffset();
        }

        @Override
        public Raster getTile(int tileX, int tileY) {
            return image.getTile(tileX, tileY);
        }
    }

    /** The pixels of a TYPE_INT_RGB image, read as (red, green, blue) samples straight from its int array. */
    private static final class RgbRaster extends Raster {
        private final int[] pixels;
        private final int stride;

        RgbRaster(Raster image) {
            super(image.getSampleModel(), image.getDataBuffer(), image.getBounds(), new Point(0, 0), null);
            this.pixels = ((DataBufferInt) image.getDataBuffer()).getData();
            this.stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
        }

        @Override
        public int[] getPixels(int x, int y, int w, int h, int[] samples) {
            int[] out = samples == null ? new int[w * h * 3] : samples;
            int i = 0;
            for (int row = y; row < y + h; row++) {
                for (int p = row * stride + x, end = p + w; p < end; p++) {
                    int rgb = pixels[p];
                    out[i++] = (rgb >> 16) & 0xFF;
                    out[i++] = (rgb >> 8) & 0xFF;
                    out[i++] = rgb & 0xFF;
                }
            }
            return out;
        }
    }
}
