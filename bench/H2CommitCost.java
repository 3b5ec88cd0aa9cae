import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What WRITE_DELAY=0 costs: small transactions committed one by one (like the portal's saves), on a new H2
 * file with H2's default (commits reach the file within 500 ms) and with WRITE_DELAY=0 (each commit is
 * written before the commit returns). Run by bench/h2-commit-cost.sh; prints a Markdown table.
 */
public class H2CommitCost {

    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[][] settings = {
            {"H2 default (WRITE_DELAY 500 ms)", ";DB_CLOSE_ON_EXIT=FALSE"},
            {"WRITE_DELAY=0 (the portal's setting)", ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"},
        };
        System.out.println("| H2 URL setting | commits | best of " + rounds + ": commits/s | µs per commit |");
        System.out.println("|---|---:|---:|---:|");
        for (String[] setting : settings) {
            double best = 0;
            for (int round = 0; round < rounds; round++) {
                best = Math.max(best, commitsPerSecond(setting[1], commits));
            }
            System.out.printf("| %s | %d | %,.0f | %,.0f |%n", setting[0], commits, best, 1_000_000 / best);
        }
    }

    private static double commitsPerSecond(String options, int commits) throws Exception {
        Path folder = Files.createTempDirectory("h2-commit-cost");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("bench") + options,
                "bench", "bench")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("create table edit (id bigint primary key, username varchar(40), hash varchar(255),"
                        + " saved_at timestamp with time zone)");
            }
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into edit values (?, ?, ?, current_timestamp)")) {
                for (int i = 0; i < commits; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "user-" + i);
                    insert.setString(3, "PBKDF2WithHmacSHA256:600000:" + "x".repeat(88));
                    insert.executeUpdate(); // auto-commit: one transaction per save
                }
            }
            return commits / ((System.nanoTime() - start) / 1e9);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
