package io.trainerpath.assessment;

/** The quiz's migrations on the in-memory H2 database the other tests use. */
class QuizSeedOnH2Tests extends QuizSeedContract {

}
