package org.vanban.extract;

import java.util.List;

import org.vanban.domain.Clause;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Target;

/** Stage 3b: clause tree → targets (chỉ tiêu) with their values. Pure. */
public final class TargetExtractor {

    public List<Target> extract(DocumentHeader header, List<Clause> clauses) {
        return List.of(); // placeholder until the targets issue
    }
}
