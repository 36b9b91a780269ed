package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Article identity: the IRI is the slug of the file name plus the content hash, the source is the path below the
 * folder given. Two different files are two articles whatever their names; the same file is one article, and
 * rebuilding it changes nothing; an edited file replaces its old version.
 */
class ArticleIdentityTest {
    static final String ACME = "LONDON (Reuters) - Acme Widgets said on Monday it would open a factory in Leeds.\n"
            + "\"We are delighted,\" said Jane Fernsby, the chief executive of Acme Widgets.\n";
    static final String BOREALIS = "OSLO (Reuters) - Borealis Mining said on Tuesday it would close a mine in "
            + "Kiruna.\n\"It was a hard decision,\" said Lars Ekdahl, the chairman of Borealis Mining.\n";
    static final String CORVID = "PARIS (Reuters) - Corvid Aerospace said on Friday it had won an order from "
            + "Air France.\n\"This is a proud day,\" said Marie Dutertre, the chief executive of Corvid Aerospace.\n";

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private DatasetGraph snapshot() {
        return snapshot(Path.of(store()));
    }

    /** A store's content, copied out of TDB2, and the store closed again. */
    static DatasetGraph snapshot(Path store) {
        try (NewsStore s = NewsStore.open(store)) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    private static Set<String> sources(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        d.find(Node.ANY, Node.ANY, DCTerms.source.asNode(), Node.ANY).forEachRemaining(
                q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static long articles(DatasetGraph d) {
        return d.stream(Node.ANY, Node.ANY, DCTerms.source.asNode(), Node.ANY).count();
    }

    @Test
    void threeFilesWhoseNamesSlugAlikeAreThreeArticles() throws IOException {
        write("a/story.txt", ACME);
        write("b/story.txt", BOREALIS);
        write("b/Story!.txt", CORVID);
        Cli r = Cli.run("build", dir.resolve("a").toString(), dir.resolve("b").toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Built 3 articles into"), r.out());
        DatasetGraph d = snapshot();
        assertEquals(3, articles(d));
        assertEquals(Set.of("a/story.txt", "b/story.txt", "b/Story!.txt"), sources(d));
        Node acme = Ids.article("a/story.txt", ContentHash.sha256(ACME.getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.containsGraph(acme), acme.toString());
        assertTrue(r.err().contains("] a/story.txt: "), r.err());
    }

    @Test
    void rebuildingTheSameFolderGivesTheSameStore() throws IOException {
        write("in/one.txt", ACME);
        write("in/two.txt", BOREALIS);
        assertEquals(0, Cli.run("build", dir.resolve("in").toString(), "--store", store()).exit());
        DatasetGraph first = snapshot();
        Cli again = Cli.run("build", dir.resolve("in").toString(), "--store", store());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("Built 2 articles into"), again.out());
        assertTrue(again.out().contains("  unchanged: 2 inputs already in the store, not extracted again\n"),
                again.out());
        assertFalse(again.out().contains("replaced:") || again.out().contains("written:"), again.out());
        DatasetGraph second = snapshot();
        assertEquals(first.stream().count(), second.stream().count());
        assertTrue(IsoMatcher.isomorphic(first, second), "same quads after a rebuild");
    }

    @Test
    void anEditedFileReplacesItsOldVersion() throws IOException {
        write("in/one.txt", ACME);
        Path two = write("in/two.txt", BOREALIS);
        assertEquals(0, Cli.run("build", dir.resolve("in").toString(), "--store", store()).exit());
        Node acmeWidgets = NodeFactory.createLiteralString("Acme Widgets");
        assertTrue(snapshot().contains(Node.ANY, Node.ANY, RDFS.label.asNode(), acmeWidgets));

        write("in/one.txt", CORVID); // edited in place
        Cli r = Cli.run("build", dir.resolve("in").toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Built 2 articles into"), r.out());
        assertTrue(r.out().contains("  replaced:  1 old version of edited file\n"), r.out());
        DatasetGraph d = snapshot();
        assertEquals(2, articles(d));
        assertEquals(Set.of("in/one.txt", "in/two.txt"), sources(d));
        assertFalse(d.contains(Node.ANY, Node.ANY, RDFS.label.asNode(), acmeWidgets), "the old text's facts are gone");
        assertTrue(d.contains(Node.ANY, Node.ANY, RDFS.label.asNode(),
                NodeFactory.createLiteralString("Corvid Aerospace")));
        assertTrue(Files.exists(two));
    }

    @Test
    void theSameTextTwiceIsOneArticleStoredOnce() throws IOException {
        write("a/story.txt", ACME);
        write("b/story.txt", ACME);
        Cli r = Cli.run("build", dir.resolve("a").toString(), dir.resolve("b").toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Built 1 article into"), r.out());
        assertTrue(r.out().contains("  same text: 1 input stored once"), r.out());
        assertTrue(r.err().lines().toList().contains("[2/2] b/story.txt: same text as a/story.txt, stored once"),
                r.err());
        assertEquals(1, articles(snapshot()));
    }

    /** b/story.txt held its own text, then was given a's: its old article goes, the shared one stays. */
    @Test
    void aFileEditedToTheTextOfAnotherLeavesNoOldVersion() throws IOException {
        write("a/story.txt", ACME);
        write("b/story.txt", BOREALIS);
        assertEquals(0, Cli.run("build", dir.resolve("a").toString(), dir.resolve("b").toString(), "--store",
                store()).exit());
        write("b/story.txt", ACME);
        Cli r = Cli.run("build", dir.resolve("a").toString(), dir.resolve("b").toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Built 1 article into"), r.out());
        DatasetGraph d = snapshot();
        assertEquals(List.of("a/story.txt"), List.copyOf(sources(d)));
    }

    /** Two folders of one name in one build: both stored, and neither deletes the other. */
    @Test
    void twoFoldersOfOneNameInOneBuildAreTwoArticles() throws IOException {
        write("x/in/story.txt", ACME);
        write("y/in/story.txt", BOREALIS);
        Cli r = Cli.run("build", dir.resolve("x/in").toString(), dir.resolve("y/in").toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Built 2 articles into"), r.out());
        assertEquals(2, articles(snapshot()));
    }
}
