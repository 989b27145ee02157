package news.dateline.article;

import java.util.Locale;

/** What a person is to an article: who wrote it, who it is about, who it quotes or mentions. */
public enum PersonRole {
    AUTHOR, SUBJECT, QUOTED, MENTIONED, CONTRIBUTOR, PHOTOGRAPHER, EDITOR;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
