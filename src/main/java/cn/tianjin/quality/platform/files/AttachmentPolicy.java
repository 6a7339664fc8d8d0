package cn.tianjin.quality.platform.files;

import cn.tianjin.quality.platform.security.Actor;

/**
 * Who may attach files to, and read the files of, one kind of owner. Each feature that owns attachments provides
 * one as a CDI bean; a file is served only when the policy of its owner says the caller may see the owner.
 */
public interface AttachmentPolicy {
    String ownerType();

    boolean maySee(Actor actor, Long ownerId);

    boolean mayAttach(Actor actor, Long ownerId);
}
