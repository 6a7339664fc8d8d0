package cn.tianjin.quality.platform.files;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores uploads: the type is decided by the content (PDF, JPEG, PNG, DOCX, XLSX), never by the file name; the size
 * limit is configurable; the SHA-256 is kept. Files live under the upload folder, outside the web root, and are
 * served only through {@link #open} after the owner's policy allows it. A failed transaction removes its file, so no
 * file or row is left without the other.
 */
@ApplicationScoped
public class AttachmentService {
    @Inject
    PortalClock clock;

    private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Instance<AttachmentPolicy> policies;

    @Resource
    TransactionSynchronizationRegistry txRegistry;

    @Transactional
    public Attachment store(Actor actor, String ownerType, Long ownerId, String fileName, InputStream content) {
        if (!policy(ownerType).mayAttach(actor, ownerId)) {
            throw new AccessDeniedException(actor.username() + " attaching to " + ownerType + " " + ownerId);
        }
        String name = cleanName(fileName);
        Path dir = config.uploadDir();
        Path tmp;
        try {
            Files.createDirectories(dir.resolve("tmp"));
            tmp = Files.createTempFile(dir.resolve("tmp"), "upload", ".part");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Upload folder not writable: " + dir, e);
            throw new BusinessException("upload.storageUnavailable");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(new DigestInputStream(content, sha), tmp, config.uploadMaxBytes());
            if (size < 0) {
                throw new BusinessException("upload.tooLarge", config.uploadMaxBytes() / (1024 * 1024));
            }
            if (size == 0) {
                throw new BusinessException("upload.empty");
            }
            ContentSniffer.Kind kind = ContentSniffer.sniff(tmp)
                    .orElseThrow(() -> new BusinessException("upload.typeRefused", name));
            String key = UUID.randomUUID().toString();
            Path target = dir.resolve(key.substring(0, 2)).resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            removeOnRollback(target);
            Attachment a = new Attachment(ownerType, ownerId, name, kind.mimeType(), size,
                    HexFormat.of().formatHex(sha.digest()), key, actor.username(), clock.now());
            em.persist(a);
            em.flush();
            audit.record(actor, Attachment.AUDIT_TYPE, a.getId(), "upload",
                    ownerType + " " + ownerId + ": " + name + " (" + kind + ", " + size + " bytes, sha256 " + a.getSha256() + ")");
            return a;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Upload could not be stored in " + dir, e);
            throw new BusinessException("upload.storageUnavailable");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover in tmp/ is harmless and swept with the folder
            }
        }
    }

    /** The attachment, if the caller may see its owner; otherwise "not found", whether it exists or not. */
    @Transactional
    public Attachment get(Actor actor, Long id) {
        Attachment a = id == null ? null : em.find(Attachment.class, id);
        if (a == null || !policy(a.getOwnerType()).maySee(actor, a.getOwnerId())) {
            throw new NotFoundException("attachment " + id + " for " + actor.username());
        }
        return a;
    }

    @Transactional
    public List<Attachment> ofOwner(Actor actor, String ownerType, Long ownerId) {
        if (!policy(ownerType).maySee(actor, ownerId)) {
            throw new AccessDeniedException(actor.username() + " listing files of " + ownerType + " " + ownerId);
        }
        return em.createQuery("SELECT a FROM Attachment a WHERE a.ownerType = :t AND a.ownerId = :o ORDER BY a.id",
                        Attachment.class)
                .setParameter("t", ownerType).setParameter("o", ownerId).getResultList();
    }

    /**
     * The attachments of several owners of one type, by owner, in one query (a page of a list shows each row's
     * files); refused as a whole if the caller may not see one of the owners.
     */
    @Transactional
    public Map<Long, List<Attachment>> ofOwners(Actor actor, String ownerType, Collection<Long> ownerIds) {
        AttachmentPolicy policy = policy(ownerType);
        for (Long ownerId : ownerIds) {
            if (!policy.maySee(actor, ownerId)) {
                throw new AccessDeniedException(actor.username() + " listing files of " + ownerType + " " + ownerId);
            }
        }
        Map<Long, List<Attachment>> byOwner = new LinkedHashMap<>();
        if (ownerIds.isEmpty()) {
            return byOwner;
        }
        em.createQuery("SELECT a FROM Attachment a WHERE a.ownerType = :t AND a.ownerId IN :o ORDER BY a.ownerId, a.id",
                        Attachment.class)
                .setParameter("t", ownerType).setParameter("o", ownerIds).getResultList()
                .forEach(a -> byOwner.computeIfAbsent(a.getOwnerId(), k -> new ArrayList<>()).add(a));
        return byOwner;
    }

    /** Whether some feature owns attachments of this type (a review entry's source may or may not be such an owner). */
    public boolean knowsOwnerType(String ownerType) {
        for (AttachmentPolicy p : policies) {
            if (p.ownerType().equals(ownerType)) {
                return true;
            }
        }
        return false;
    }

    public InputStream open(Attachment a) throws IOException {
        String key = a.getStorageKey();
        return Files.newInputStream(config.uploadDir().resolve(key.substring(0, 2)).resolve(key));
    }

    private AttachmentPolicy policy(String ownerType) {
        for (AttachmentPolicy p : policies) {
            if (p.ownerType().equals(ownerType)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no attachment policy for " + ownerType);
    }

    private void removeOnRollback(Path file) {
        removeAfter(file, false);
    }

    /** Removes the file once the transaction has ended: committed ({@code committed} true) or not (false). */
    private void removeAfter(Path file, boolean committed) {
        txRegistry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not remove " + file + (committed ? " after its row" : " after rollback"), e);
                    }
                }
            }
        });
    }

    /**
     * Removes an attachment, when its owner's policy lets the caller attach to it (the same who may add may take
     * away); the file goes once the removal has committed, so a rollback leaves both.
     */
    @Transactional
    public void remove(Actor actor, Long id) {
        Attachment a = id == null ? null : em.find(Attachment.class, id);
        if (a == null || !policy(a.getOwnerType()).mayAttach(actor, a.getOwnerId())) {
            throw new NotFoundException("attachment " + id + " to remove for " + actor.username());
        }
        em.remove(a);
        String key = a.getStorageKey();
        removeAfter(config.uploadDir().resolve(key.substring(0, 2)).resolve(key), true);
        audit.record(actor, Attachment.AUDIT_TYPE, a.getId(), "remove", a.getOwnerType() + " " + a.getOwnerId() + ": "
                + a.getFileName());
    }

    /** Removes every attachment of an owner being removed; the caller has checked the owner may go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeAllOf(Actor actor, String ownerType, Long ownerId) {
        for (Attachment a : em.createQuery("SELECT a FROM Attachment a WHERE a.ownerType = :t AND a.ownerId = :o",
                Attachment.class).setParameter("t", ownerType).setParameter("o", ownerId).getResultList()) {
            remove(actor, a.getId());
        }
    }

    /** Copies at most {@code max} bytes; returns -1 if the stream holds more. */
    private static long copyLimited(InputStream in, Path target, long max) throws IOException {
        try (InputStream src = in; var out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = src.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    return -1;
                }
                out.write(buf, 0, n);
            }
            return total;
        }
    }

    static String cleanName(String fileName) {
        String n = fileName == null ? "file" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (n.isEmpty()) {
            n = "file";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
