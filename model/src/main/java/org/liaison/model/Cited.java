package org.liaison.model;

import java.util.List;
import org.apiguardian.api.API;

/** Something that cites the sources its facts come from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Cited {

  /** The sources cited, in the order written. */
  List<Ref<Source>> sources();
}
