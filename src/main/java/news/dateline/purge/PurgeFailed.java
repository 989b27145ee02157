package news.dateline.purge;

/** A purge a caching tier did not confirm: refused, unreachable or too slow. It is tried again later. */
class PurgeFailed extends Exception {

    PurgeFailed(String message) {
        super(message);
    }

    PurgeFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
