/**
 * The load of files: which files a path stands for, the limits of each file and of the load, the
 * parallel reading of files and their merge into one dataset with the reference check. Not an API:
 * the module does not export it but to {@code org.liaison.plugins}.
 */
package org.liaison.io.files;
