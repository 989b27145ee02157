package news.dateline.ratelimit;

/** What a client spends when it calls: each kind of request has its own allowance. */
enum Quota {
    /** GET and HEAD (and preflights), per key or, without one, per client address. */
    READS,
    /** POST, PUT, PATCH and DELETE, per key or per client address. */
    WRITES,
    /** Answers of 401 to requests that presented a key, per client address: guessing keys is slow. */
    FAILED_AUTHENTICATIONS
}
