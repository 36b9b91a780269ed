package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.view.Browser;

/**
 * {@code screenshot} (the README's picture): the seeds drawn on a deep link to the most-mentioned entity, taken
 * only once the side panel shows that entity. The launcher's Chromium {@code --screenshot} took it when virtual
 * time ran out, and drew the panel on one run and left it empty ("Tap an entity…") on the next.
 */
class ScreenshotCommandTest {
    @TempDir
    Path tmp;

    @Test
    void drawsTheSeedsWithTheMostMentionedEntitySelectedAndItsPanelShown() throws IOException {
        Browser.require();
        Path png = tmp.resolve("view.png");
        Cli r = Cli.run("screenshot", png.toString(), "--size", "1200,800");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.err());
        // "Huawei selected": read from the side panel's heading, after the picture was taken
        assertTrue(r.out().matches("newsgraph screenshot: http://localhost:\\d+/view/\\?entity=huawei&depth=1 drawn"
                + " to \\Q" + png + "\\E \\(Huawei selected, \\d+ entities · \\d+ links\\)\n"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a drawn page, not a blank one: " + colours.size() + " colours");
    }

    @Test
    void aBadSizeOrNoBrowserIsOneLine() {
        Cli size = Cli.run("screenshot", tmp.resolve("x.png").toString(), "--size", "big");
        assertEquals("newsgraph: --size must be WIDTH,HEIGHT in pixels (at least 100), not 'big'\n", size.err());
        assertEquals(2, size.exit());
        Cli none = Cli.run("screenshot", tmp.resolve("x.png").toString(), "--chromium", "/no/such/chromium");
        assertEquals("no Chromium at /no/such/chromium (apt-get install chromium, or give --chromium)",
                none.err().strip().replaceFirst("^newsgraph: ", ""));
        assertEquals(1, none.exit());
    }
}
