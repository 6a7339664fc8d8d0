package cn.tianjin.quality.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A rubric being edited on a page: mutable lists the form binds to, turned into an immutable
 * {@link RubricDefinition} when saved.
 */
public class RubricDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    private String code;
    private String nameZh;
    private String nameEn;
    private int totalPoints;
    private final List<CategoryDraft> categories = new ArrayList<>();

    public static RubricDraft of(RubricDefinition def) {
        RubricDraft d = new RubricDraft();
        d.code = def.code();
        d.nameZh = def.nameZh();
        d.nameEn = def.nameEn();
        d.totalPoints = def.totalPoints();
        for (RubricCategory c : def.categories()) {
            CategoryDraft cd = new CategoryDraft();
            cd.fill(c.code(), c.nameZh(), c.nameEn(), c.points());
            for (RubricItem i : c.items()) {
                ItemDraft id = new ItemDraft();
                id.fill(i.code(), i.nameZh(), i.nameEn(), i.points());
                id.kind = i.kind();
                for (BandGuidance b : i.bands()) {
                    id.guidanceZh.put(b.band(), b.textZh());
                    id.guidanceEn.put(b.band(), b.textEn());
                }
                cd.items.add(id);
            }
            d.categories.add(cd);
        }
        return d;
    }

    public RubricDefinition toDefinition() {
        List<RubricCategory> cats = new ArrayList<>();
        for (CategoryDraft c : categories) {
            List<RubricItem> items = new ArrayList<>();
            for (ItemDraft i : c.items) {
                List<BandGuidance> bands = new ArrayList<>();
                for (ScoreBand b : ScoreBand.values()) {
                    String zh = i.guidanceZh.getOrDefault(b, "");
                    String en = i.guidanceEn.getOrDefault(b, "");
                    if (!zh.isBlank() || !en.isBlank()) {
                        bands.add(new BandGuidance(b, trim(zh), trim(en)));
                    }
                }
                items.add(new RubricItem(trim(i.getCode()), trim(i.getNameZh()), trim(i.getNameEn()), i.getPoints(), i.kind,
                        bands));
            }
            cats.add(new RubricCategory(trim(c.getCode()), trim(c.getNameZh()), trim(c.getNameEn()), c.getPoints(), items));
        }
        return new RubricDefinition(trim(code), trim(nameZh), trim(nameEn), totalPoints, cats);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    public CategoryDraft addCategory() {
        CategoryDraft c = new CategoryDraft();
        c.setCode("");
        categories.add(c);
        return c;
    }

    public void removeCategory(CategoryDraft c) {
        categories.remove(c);
    }

    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public int getTotalPoints() { return totalPoints; }
    public void setTotalPoints(int totalPoints) { this.totalPoints = totalPoints; }
    public List<CategoryDraft> getCategories() { return categories; }

    /** What categories and items both have: a code, names in both languages, points. */
    public abstract static class NodeDraft implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameZh;
        private String nameEn;
        private int points;

        void fill(String code, String nameZh, String nameEn, int points) {
            this.code = code;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.points = points;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String nameZh) { this.nameZh = nameZh; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public int getPoints() { return points; }
        public void setPoints(int points) { this.points = points; }
    }

    /** A category being edited. */
    public static class CategoryDraft extends NodeDraft {
        private static final long serialVersionUID = 1L;
        private final List<ItemDraft> items = new ArrayList<>();

        public ItemDraft addItem() {
            ItemDraft i = new ItemDraft();
            i.setCode(getCode() == null ? "" : getCode() + "." + (items.size() + 1));
            i.kind = ItemKind.PROCESS;
            items.add(i);
            return i;
        }

        public void removeItem(ItemDraft i) {
            items.remove(i);
        }

        public int getItemSum() {
            return items.stream().mapToInt(ItemDraft::getPoints).sum();
        }

        public List<ItemDraft> getItems() { return items; }
    }

    /** An item being edited, with its band guidance in both languages. */
    public static class ItemDraft extends NodeDraft {
        private static final long serialVersionUID = 1L;
        private ItemKind kind;
        private final Map<ScoreBand, String> guidanceZh = new EnumMap<>(ScoreBand.class);
        private final Map<ScoreBand, String> guidanceEn = new EnumMap<>(ScoreBand.class);

        public ItemKind getKind() { return kind; }
        public void setKind(ItemKind kind) { this.kind = kind; }
        public Map<ScoreBand, String> getGuidanceZh() { return guidanceZh; }
        public Map<ScoreBand, String> getGuidanceEn() { return guidanceEn; }
    }
}
