package fr.plume.tool.itembank.domain;

import java.util.List;
import java.util.UUID;

/** Review comments of items. */
public interface Comments {

    void add(Comment comment);

    /** Every comment of the item, all versions, oldest first. */
    List<Comment> of(UUID itemId);
}
