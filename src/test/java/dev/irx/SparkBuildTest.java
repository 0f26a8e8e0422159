package dev.irx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The Spark job's build (src/spark, run by the invoker plugin) builds on this library's version, and the library's
 * pom names no Spark: a project that depends on irx never gets Spark.
 */
class SparkBuildTest {

    @Test
    void theSparkPomsHaveTheLibrarysVersion() throws Exception {
        String version = own(Path.of("pom.xml"), "version");
        assertEquals(version, own(Path.of("src/spark/pom.xml"), "version"));
        for (String module : List.of("shaded", "job")) {
            Element parent = (Element) doc(Path.of("src/spark", module, "pom.xml")).getElementsByTagName("parent").item(0);
            assertEquals(version, parent.getElementsByTagName("version").item(0).getTextContent().strip(), module);
        }
    }

    @Test
    void theLibrarysPomNamesNoSpark() throws Exception {
        assertFalse(Files.readString(Path.of("pom.xml")).contains("org.apache.spark"));
    }

    private static String own(Path pom, String tag) throws Exception {
        Element root = doc(pom);
        for (var n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) return e.getTextContent().strip();
        }
        throw new AssertionError(pom + " has no " + tag);
    }

    private static Element doc(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }
}
