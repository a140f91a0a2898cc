package dev.godwit.examples.odyssee;

import org.springframework.data.jpa.repository.JpaRepository;

interface TripRepository extends JpaRepository<Trip, Long> {
}
