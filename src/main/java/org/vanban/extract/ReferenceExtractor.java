package org.vanban.extract;

import java.util.List;

import org.vanban.domain.Clause;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Reference;

/** Stage 3c: header and clause tree → references to other documents. Pure. */
public final class ReferenceExtractor {

    public List<Reference> extract(DocumentHeader header, List<Clause> clauses) {
        return List.of(); // placeholder until the references issue
    }
}
