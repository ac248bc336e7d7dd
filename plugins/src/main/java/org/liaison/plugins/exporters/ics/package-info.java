/** The {@code ics} exporter: delegations with a full date as iCalendar events. */
package org.liaison.plugins.exporters.ics;
