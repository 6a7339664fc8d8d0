package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.Actor;

/**
 * Who else may read an application, beyond its applicant, the recommender it names, staff and the experts seated on
 * its review entry: a programme's own steps contribute their readers (the award's site-visit team) as CDI beans.
 */
public interface ApplicationAccess {

    /** Whether the caller may read the submitted application and its documents. */
    boolean mayRead(Actor actor, Application application);
}
