package vn.thidua.bloc;

/** What the bloc feature needs to know about terms (implemented by the term feature). */
public interface BlocTerms {

    long countOf(Long blocId);
}
