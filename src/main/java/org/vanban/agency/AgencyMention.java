package org.vanban.agency;

import org.vanban.domain.AgencyRef;

/**
 * An agency found in a text.
 *
 * @param agency the register entry, or an entry made up from the name's form when the register lacks it
 * @param ref    the reference to keep on a task (id, canonical name, name as written)
 * @param start  offset of the name's first character
 * @param end    offset just past the name
 */
public record AgencyMention(Agency agency, AgencyRef ref, int start, int end) {
}
