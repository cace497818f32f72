package dev.newsgraph.editorial;

import dev.newsgraph.graphql.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One entry of an Opinion / Editorial list that a page showed beside its article.")
@Entity
@Table(name = "editorial_item")
public class EditorialItem extends IdentifiedEntity {

    @Ignore
    @Column(name = "article_id")
    public Long articleId;

    @Description("The list's heading on the page: Editorial, Opinion, ...")
    public String section;

    @Description("The item's headline as listed.")
    @NonNull
    public String title;

    @Description("The line of text shown under the title.")
    public String teaser;

    @Description("Where the item links to.")
    public String url;

    @Description("The date shown with the item.")
    public LocalDate date;

    @Description("True when the page marked the item Updated.")
    public boolean updated;

    @Description("The publication of the page that listed the item.")
    public String source;

    @Ignore
    public int position;
}
