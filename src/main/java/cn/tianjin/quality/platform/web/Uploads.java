package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.Actor;
import java.io.IOException;
import org.primefaces.model.file.UploadedFile;

/** A file uploaded on a page, stored as an attachment of its owner, with the page told what happened. */
public final class Uploads {

    private Uploads() {
    }

    /** Stores the upload; returns whether it was stored. An empty, refused or unwritable file is reported on the page. */
    public static boolean store(AttachmentService attachments, Actor actor, String ownerType, Long ownerId, UploadedFile upload) {
        if (upload == null || upload.getSize() == 0) {
            Pages.error("upload.empty");
            return false;
        }
        try {
            attachments.store(actor, ownerType, ownerId, upload.getFileName(), upload.getInputStream());
            Pages.info("upload.stored", upload.getFileName());
            return true;
        } catch (BusinessException e) {
            Pages.error(e);
        } catch (IOException e) {
            Pages.error("upload.storageUnavailable");
        }
        return false;
    }
}
