package dev.newsgraph.person;

import dev.newsgraph.graphql.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Description("One real person, the same row across all articles that name them.")
@Entity
@Table(name = "person")
public class Person extends IdentifiedEntity {

    @Description("The fullest form of the name the articles use, without Mr/Dr and similar.")
    @NonNull
    public String name;

    @Ignore
    @Column(name = "normalized_name", nullable = false)
    public String normalizedName;

    @Description("Other forms the articles use: usually the surname.")
    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<@NonNull String> aliases = new ArrayList<>();

    @Description("Titles and positions articles give this person, as written.")
    @NonNull
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<@NonNull String> roles = new ArrayList<>();
}
