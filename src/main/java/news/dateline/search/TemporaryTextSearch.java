package news.dateline.search;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** TEMPORARY until the real implementations land. */
@ApplicationScoped
@DefaultBean
public class TemporaryTextSearch implements TextSearch {

    @Override
    public String articleMatches() {
        return "(lower(a.title) like :q or lower(a.body_text) like :q)";
    }

    @Override
    public String articleRank() {
        return "cast(case when lower(a.title) like :q then 2 else 1 end as double precision)";
    }

    @Override
    public String articleSnippet() {
        return "a.excerpt";
    }

    @Override
    public String bind(String userQuery) {
        return "%" + userQuery.toLowerCase() + "%";
    }
}
