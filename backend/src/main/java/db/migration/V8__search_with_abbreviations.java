package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.thidua.common.text.SearchText;

/**
 * Search columns of units and blocs hold names with the usual abbreviations written out and the
 * abbreviations of the phrases they contain (docs/adr/0008-search-abbreviations.md): wider columns,
 * then every existing row recomputed by the same {@link SearchText#index} the application writes with.
 * Java, not SQL, so that the migration and the application cannot disagree on the form.
 */
public class V8__search_with_abbreviations extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE unit_name MODIFY name_search VARCHAR(" + SearchText.INDEX_LENGTH + ") NOT NULL");
            alter.execute("ALTER TABLE bloc MODIFY name_search VARCHAR(" + SearchText.INDEX_LENGTH + ") NOT NULL");
        }
        reindex(connection, "SELECT id, name, short_name FROM unit_name", "UPDATE unit_name SET name_search = ? WHERE id = ?");
        reindex(connection, "SELECT id, name, NULL FROM bloc", "UPDATE bloc SET name_search = ? WHERE id = ?");
    }

    private static void reindex(Connection connection, String select, String update) throws Exception {
        try (Statement read = connection.createStatement(); ResultSet rows = read.executeQuery(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            while (rows.next()) {
                write.setString(1, SearchText.index(rows.getString(2), rows.getString(3)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
