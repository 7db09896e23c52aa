package org.vanban.extract;

import java.util.List;

import org.vanban.domain.Clause;
import org.vanban.domain.DocumentHeader;
import org.vanban.domain.Task;

/** Stage 3a: clause tree → tasks with their agencies and deadlines. Pure. */
public final class TaskExtractor {

    public List<Task> extract(DocumentHeader header, List<Clause> clauses) {
        return List.of(); // placeholder until the tasks issue
    }
}
