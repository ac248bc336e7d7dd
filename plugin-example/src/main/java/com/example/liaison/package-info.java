/** An example Liaison plugin: a validator with an option, and an exporter. */
package com.example.liaison;
