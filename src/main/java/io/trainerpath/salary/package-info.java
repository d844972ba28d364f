/**
 * The salary estimator: a pay range for a person's situation, placed inside the guide's pay bands,
 * with every factor that moved it explained.
 */
package io.trainerpath.salary;
