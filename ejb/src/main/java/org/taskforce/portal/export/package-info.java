/**
 * What every file the portal writes for spreadsheets must respect, whichever feature writes it.
 */
package org.taskforce.portal.export;
