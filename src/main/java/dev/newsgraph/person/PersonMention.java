package dev.newsgraph.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** That an article names a person: with the roles it gives them and how often. */
@Description("A person as one article names them.")
@Entity
@Table(name = "person_mention")
public class PersonMention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Ignore
    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Description("Titles the article gives this person: Prime Minister, Taliban chief, ...")
    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<@NonNull String> roles = new ArrayList<>();

    @Description("How many times the article names this person, surname-only and title forms included.")
    public int mentions;

    @Ignore
    public int position;

    /** The person, when the read path loaded it with the mention (PersonRows); otherwise it is looked up by id. */
    @Ignore
    @Transient
    public Person person;
}
