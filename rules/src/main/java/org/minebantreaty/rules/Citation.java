package org.minebantreaty.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Objects;

/**
 * The source a finding rests on: a provision of the treaty ({@code Art. 5(4)(b)(ii)}), an action
 * plan of the States Parties, a decision of a Meeting, or one of the library's own labelled
 * interpretations. Only {@link Source#TREATY} citations are treaty text; the others say so in their
 * wording, so a reader never mistakes a commitment or a reading for the Convention itself.
 *
 * <p>Citations are values: equal when their source, article and wording are equal. They order by
 * article, then source, then wording, which is the order findings are listed in.
 */
public final class Citation implements Comparable<Citation> {

  /** What kind of source is cited. */
  public enum Source {
    /** The text of the Convention. */
    TREATY,
    /** An action plan adopted by a Review Conference: a political commitment, not treaty text. */
    ACTION_PLAN,
    /** A decision of a Meeting of the States Parties or a Review Conference. */
    MEETING_DECISION,
    /** A reading the library chose where the treaty is silent; see {@code INTERPRETATIONS.md}. */
    INTERPRETATION
  }

  private static final Comparator<Citation> ORDER = Comparator.comparingInt(Citation::articleNumber)
      .thenComparing(Citation::source)
      .thenComparing(citation -> citation.reference);

    private final Source source;
  private final int article;
  private final String reference;
  // The parts the reference is written from, so that each language can write it: the paragraphs of
  // a treaty citation ("(1)(b)"); the plan, meeting or interpretation named, and the action or title.
  private final String paragraphs;
  private final String name;
  private final String detail;
  private final Citation provision;

  private final int hash;

  private Citation(Source source, int article, String reference, String paragraphs, String name, String detail, Citation provision) {
    checkArgument(article >= 1 && article <= 22, "the Convention has articles 1 to 22, got %s", article);
    this.source = requireNonNull(source, "source");
    this.article = article;
    this.reference = requireNonNull(reference, "reference");
    this.paragraphs = paragraphs;
    this.name = name;
    this.detail = detail;
    this.provision = provision;
    this.hash = Objects.hash(source, article, reference);
  }

  // Rules cite as they judge: the citations of articles and of their paragraphs are made once.
  private static final Citation[] ARTICLES = new Citation[23];
  private static final Citation[][] PARAGRAPHS = new Citation[23][10];

  static {
    for (int article = 1; article <= 22; article++) {
      ARTICLES[article] = new Citation(Source.TREATY, article, "Art. " + article, "", "", "", null);
    }
  }

  /**
   * Returns a citation of a whole article: {@code article(4)} is "Art. 4".
   *
   * @param article the article number, 1 to 22
   * @return the citation of that article
   */
  public static Citation article(int article) {
    checkArgument(article >= 1 && article <= 22, "the Convention has articles 1 to 22, got %s", article);
    return ARTICLES[article];
  }

  /**
   * Returns a citation of a paragraph and optional sub-paragraphs: {@code article(7, 1, "b")} is
   * "Art. 7(1)(b)"; {@code article(5, 4, "b", "ii")} is "Art. 5(4)(b)(ii)".
   *
   * @param article the article number, 1 to 22
   * @param paragraph the paragraph number, 1 or more
   * @param subParagraphs the sub-paragraphs, outermost first ({@code "b"}, {@code "ii"}); none for a
   *     whole paragraph
   * @return the citation of that paragraph or sub-paragraph
   */
  public static Citation article(int article, int paragraph, String... subParagraphs) {
    checkArgument(paragraph >= 1, "a paragraph number is 1 or more, got %s", paragraph);
    if (subParagraphs.length == 0 && article >= 1 && article <= 22 && paragraph < PARAGRAPHS[article].length) {
      Citation made = PARAGRAPHS[article][paragraph];
      if (made == null) {
        // Two threads may both make it: a Citation's fields are final, so either copy is whole.
        made = new Citation(Source.TREATY, article, "Art. " + article + "(" + paragraph + ")", "(" + paragraph + ")", "", "", null);
        PARAGRAPHS[article][paragraph] = made;
      }
      return made;
    }
    StringBuilder paragraphs = new StringBuilder().append('(').append(paragraph).append(')');
    for (String sub : subParagraphs) {
      checkArgument(!sub.isBlank(), "a sub-paragraph must have text");
      paragraphs.append('(').append(sub).append(')');
    }
    return new Citation(Source.TREATY, article, "Art. " + article + paragraphs, paragraphs.toString(), "", "", null);
  }

  /**
   * Returns a citation of an action plan's commitment bearing on {@code article}: {@code
   * actionPlan("Maputo Action Plan (2014)", "Action 7", 4)} is "Maputo Action Plan (2014), Action 7
   * (action plan, on Art. 4)".
   *
   * @param plan the action plan, named with its year ("Maputo Action Plan (2014)")
   * @param action the commitment in it ("Action 7")
   * @param article the article the commitment bears on, 1 to 22
   * @return the citation, of source {@link Source#ACTION_PLAN}
   */
  public static Citation actionPlan(String plan, String action, int article) {
    return new Citation(Source.ACTION_PLAN, article, plan + ", " + action + " (action plan, on Art. " + article + ")", "", plan, action, null);
  }

  /**
   * Returns a citation of a decision of the States Parties bearing on {@code article}: {@code
   * meetingDecision("Twelfth Meeting of the States Parties (2012)", 5)} is "Decision of the Twelfth
   * Meeting of the States Parties (2012) (on Art. 5)".
   *
   * @param meeting the Meeting or Review Conference that decided, named with its year
   * @param article the article the decision bears on, 1 to 22
   * @return the citation, of source {@link Source#MEETING_DECISION}
   */
  public static Citation meetingDecision(String meeting, int article) {
    return new Citation(Source.MEETING_DECISION, article, "Decision of the " + meeting + " (on Art. " + article + ")", "", meeting, "", null);
  }

  /**
   * Returns a citation of one of the library's interpretations: {@code interpretation("I-7.1",
   * "annual report calendar", article(7, 2))} is "Interpretation I-7.1 of Art. 7(2): annual report
   * calendar".
   *
   * @param id the interpretation's identifier ("I-7.1")
   * @param title the interpretation's title
   * @param provision the provision it reads: a citation of treaty text
   * @return the citation, of source {@link Source#INTERPRETATION}, on the article of {@code provision}
   */
  public static Citation interpretation(String id, String title, Citation provision) {
    checkArgument(provision.source == Source.TREATY, "an interpretation reads treaty text, got %s", provision);
    return new Citation(Source.INTERPRETATION, provision.article, "Interpretation " + id + " of " + provision.reference + ": " + title,
        "", id, title, provision);
  }

  /**
   * Returns the title of an article as the treaty gives it: {@code titleOf(4)} is "Destruction of
   * stockpiled anti-personnel mines".
   *
   * @param article the article number, 1 to 22
   * @return the article's title, in English
   * @throws IllegalArgumentException if {@code article} is not 1 to 22
   */
  public static String titleOf(int article) {
    return titleOf(article, java.util.Locale.ENGLISH);
  }

  /**
   * Returns the kind of source.
   *
   * @return the kind of source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the article (1 to 22) the citation is, or bears on.
   *
   * @return the article number, 1 to 22
   */
  public int articleNumber() {
    return article;
  }

  /**
   * Returns the citation as written ("Art. 5(3)").
   *
   * @return the citation as written, in English
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the citation as {@code language} writes it: "Art. 5(3)", « art. 5(3) », « art. 5(3) »;
   * an action plan, a decision or an interpretation with its name in that language.
   *
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the citation as {@code language} writes it
   * @throws IllegalArgumentException if the library does not write {@code language} ({@link Phrase#LANGUAGES})
   */
  public String reference(java.util.Locale language) {
    return Wording.in(language).citation(this);
  }

  /**
   * Returns the title of an article as the Convention's text in {@code language} gives it: {@code
   * titleOf(4, Locale.FRENCH)} is « Destruction des stocks de mines antipersonnel ».
   *
   * @param article the article number, 1 to 22
   * @param language the language to write in ({@link Phrase#LANGUAGES})
   * @return the article's title, in {@code language}
   */
  public static String titleOf(int article, java.util.Locale language) {
    checkArgument(article >= 1 && article <= 22, "the Convention has articles 1 to 22, got %s", article);
    return Wording.in(language).title(article);
  }

  /** The paragraphs of a treaty citation after its article ("(1)(b)"); empty for a whole article or another source. */
  String paragraphs() {
    return paragraphs;
  }

  /** The plan, meeting or interpretation identifier cited; empty for the treaty. */
  String name() {
    return name;
  }

  /** The action of a plan, or the title of an interpretation; empty otherwise. */
  String detail() {
    return detail;
  }

  /** The provision an interpretation reads; {@code null} for any other source. */
  Citation provision() {
    return provision;
  }

  /**
   * Returns whether this citation is the treaty's own text.
   *
   * @return whether the source is {@link Source#TREATY}
   */
  public boolean isTreatyText() {
    return source == Source.TREATY;
  }

  @Override
  public int compareTo(Citation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Citation
        && ((Citation) other).source == source
        && ((Citation) other).article == article
        && ((Citation) other).reference.equals(reference);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns {@link #reference()}. */
  @Override
  public String toString() {
    return reference;
  }
}
