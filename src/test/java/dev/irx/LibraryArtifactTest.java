package dev.irx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a project that depends on the irx library gets: PDFBox, tika-core, kuromoji, jackson and slf4j-api, and
 * nothing of the CLI's (picocli, a logging binding). Read from the pom, which is what Maven resolves for it.
 */
class LibraryArtifactTest {

    private static final Set<String> LIBRARY = Set.of("pdfbox", "tika-core", "kuromoji-ipadic", "jackson-databind",
            "slf4j-api");

    @Test
    void dependentsGetTheLibrarysDependenciesOnly() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element deps = (Element) pom.getDocumentElement().getElementsByTagName("dependencies").item(0);
        NodeList list = deps.getElementsByTagName("dependency");
        Set<String> transitive = new TreeSet<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            String artifact = text(d, "artifactId");
            String scope = text(d, "scope");
            boolean optional = "true".equals(text(d, "optional"));
            if ((scope == null || scope.equals("compile") || scope.equals("runtime")) && !optional) transitive.add(artifact);
        }
        assertEquals(new TreeSet<>(LIBRARY), transitive);
        assertTrue(!transitive.contains("picocli") && !transitive.contains("logback-classic"), transitive.toString());
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().strip();
    }
}
