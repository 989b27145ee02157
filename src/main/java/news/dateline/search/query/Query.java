package news.dateline.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed search query ({@link QueryParser}): terms and phrases, each with its {@link Scope}, combined by AND, OR
 * and NOT. Scopes live on the leaves (a scoped group is its leaves scoped), AND and OR are flat (an AND never holds
 * an AND) with two operands or more, and a NOT never holds a NOT: the factories keep these rules, so that two queries
 * that print alike are equal. {@link #toString()} is the canonical text ({@link QueryPrinter}).
 */
public sealed interface Query permits Query.Term, Query.Phrase, Query.And, Query.Or, Query.Not {

    /** A word as typed, punctuation inside it included ({@code nagorno-karabakh}, {@code o'brien}). */
    record Term(String text, Scope scope) implements Query {
        @Override
        public String toString() {
            return QueryPrinter.print(this);
        }
    }

    /** The words between double quotes, runs of whitespace made one space. */
    record Phrase(String text, Scope scope) implements Query {
        @Override
        public String toString() {
            return QueryPrinter.print(this);
        }
    }

    /** Every operand matches. */
    record And(List<Query> operands) implements Query {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            return QueryPrinter.print(this);
        }
    }

    /** At least one operand matches. */
    record Or(List<Query> operands) implements Query {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            return QueryPrinter.print(this);
        }
    }

    /** The operand does not match. */
    record Not(Query operand) implements Query {
        @Override
        public String toString() {
            return QueryPrinter.print(this);
        }
    }

    /** All of the operands: one alone is itself, nested ANDs are flattened. */
    static Query and(List<Query> operands) {
        List<Query> flat = new ArrayList<>();
        for (Query operand : operands) {
            if (operand instanceof And and) {
                flat.addAll(and.operands());
            } else {
                flat.add(operand);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new And(flat);
    }

    /** Any of the operands: one alone is itself, nested ORs are flattened. */
    static Query or(List<Query> operands) {
        List<Query> flat = new ArrayList<>();
        for (Query operand : operands) {
            if (operand instanceof Or or) {
                flat.addAll(or.operands());
            } else {
                flat.add(operand);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new Or(flat);
    }

    /** The negation: NOT NOT x is x. */
    static Query not(Query operand) {
        return operand instanceof Not not ? not.operand() : new Not(operand);
    }

    /** The terms and phrases of the query, each once, in the order they appear. */
    static List<Query> leaves(Query query) {
        Set<Query> leaves = new LinkedHashSet<>();
        collect(query, leaves);
        return List.copyOf(leaves);
    }

    private static void collect(Query query, Set<Query> leaves) {
        if (query instanceof And and) {
            and.operands().forEach(q -> collect(q, leaves));
        } else if (query instanceof Or or) {
            or.operands().forEach(q -> collect(q, leaves));
        } else if (query instanceof Not not) {
            collect(not.operand(), leaves);
        } else {
            leaves.add(query);
        }
    }
}
