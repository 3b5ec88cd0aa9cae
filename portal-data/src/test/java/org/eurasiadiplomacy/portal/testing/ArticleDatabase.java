package org.eurasiadiplomacy.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fresh database with the article's data for a whole test class, for tests that only read it:
 * {@code @RegisterExtension static final ArticleDatabase article = new ArticleDatabase();}, then
 * {@code article.get()}. Created before the class's first test, closed and deleted after its last.
 */
public final class ArticleDatabase implements BeforeAllCallback, AfterAllCallback {

    private Path folder;
    private PortalDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("portal-data-test");
        database = PortalDatabase.createIn(folder);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            database.close();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(ArticleDatabase::delete);
            }
        }
    }

    public PortalDatabase get() {
        return database;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
