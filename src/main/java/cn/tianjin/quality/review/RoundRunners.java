package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.Actor;

/**
 * Who runs a review round besides bureau staff: a programme's workflow knows the campaign a round serves and the
 * organisation running it (an alliance member's evaluators run a Tianjin brand campaign's review). Implemented above
 * this layer; every implementation is asked, and one saying yes admits the actor.
 */
public interface RoundRunners {
    /** Whether the actor, not bureau staff, runs the round. */
    boolean runs(Actor actor, ReviewRound round);
}
