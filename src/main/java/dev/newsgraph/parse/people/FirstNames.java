package dev.newsgraph.parse.people;

import java.util.Set;

/** Common given names with their usual gender: evidence that a capitalised pair is a person, and a pronoun hint. */
final class FirstNames {

    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE = Words.of("""
            Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alessandro Alex Alexander Alexei
            Alexis Alfred Ali Allen Alonso Amir Anand Anders Andre Andrea Andreas Andrei Andrew Andy Angelo Anthony Antoine
            Anton Antonio Archie Arjun Armando Arnold Arthur Arturo Ashraf Austin Barack Barry Ben Benjamin Bernard
            Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bruno Bryan Byron Caleb
            Calvin Cameron Carl Carlo Carlos Casey Cedric Cesar Chad Charles Charlie Chris Christian Christoph Christopher
            Chuck Clarence Claude Clayton Clint Cody Colin Connor Conor Craig Cristiano Curtis Dale Dan Daniel Danilo
            Danny Dante Darius Darren Dave David Dean Dennis Derek Desmond Diego Dimitri Dmitry Dominic Don Donald Doug
            Douglas Duncan Dustin Dwayne Dylan Eddie Edgar Eduardo Edward Edwin Elijah Elliot Emmanuel Emil Enrique
            Eric Erik Ernest Ethan Eugene Evan Fabio Faisal Felipe Felix Fernando Francesco Francis Francisco Frank
            Franklin Fred Frederick Gabriel Gareth Garrett Gary Gavin Geoff Geoffrey George Georg Gerald Gerard Gilbert
            Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregory Guillermo Gustavo Guy Hamid Hans Harold Harry Hassan
            Hector Henry Herbert Howard Hugh Hugo Hussein Ian Ibrahim Igor Imran Isaac Ivan Jack Jackson Jacob Jake
            James Jamal Jamie Jared Jason Javier Jay Jean Jeff Jeffrey Jeremy Jerome Jerry Jesse Jesus Jim Jimmy Joachim
            Joe Joel Johan Johann John Johnny Jon Jonathan Jordan Jorge Jose Joseph Josh Joshua Juan Julian Julio Justin
            Kamal Karim Karl Keith Kelvin Ken Kenneth Kevin Khalid Kim Kirk Klaus Kurt Kyle Lamar Lance Larry Lars Lee
            Leo Leon Leonard Leonardo Lewis Liam Lionel Lloyd Logan Lorenzo Louis Lucas Luca Luis Luke Malcolm Manuel
            Marc Marco Marcus Mario Mark Martin Marvin Mason Mateo Matt Matteo Matthew Maurice Max Maxim Michael Miguel
            Mike Mikhail Miles Mitch Mitchell Mohamed Mohammad Mohammed Muhammad Murray Nasser Nathan Neil Nicholas Nick
            Nicolas Nigel Noah Noel Norman Oliver Omar Oscar Owen Pablo Patrick Paul Pedro Pete Peter Phil Philip
            Phillip Pierre Rafael Rahul Raj Ralph Ramon Randy Rashid Ray Raymond Reggie Rex Ricardo Richard Rick Ricky
            Rob Robert Roberto Rod Rodney Roger Roland Roman Ron Ronald Ross Roy Ruben Rudy Russell Ryan Said Salman Sam
            Samuel Sanjay Scott Sean Sebastian Sergei Sergey Sergio Seth Shane Shaun Shawn Sheldon Sidney Simon Stan
            Stanley Stefan Stephen Steve Steven Stuart Sunil Tariq Ted Terry Theo Theodore Thomas Tim Timothy Tobias
            Todd Tom Tommy Tony Travis Trevor Trey Troy Tyler Tyrone Umar Usman Victor Vijay Vincent Viktor Vladimir
            Wade Walter Warren Wayne Wesley Will William Willie Xavier Yasser Yousef Yusuf Zach Zachary Zack
            """);

    private static final Set<String> FEMALE = Words.of("""
            Abigail Ada Adriana Agnes Aisha Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy Ana Andrea
            Angela Angelina Anita Ann Anna Anne Annie Antonia Ariana Ashley Audrey Barbara Beatrice Becky Bella Beth
            Betty Beverly Bianca Brenda Bridget Britney Brittany Brooke Caitlin Camila Candace Carla Carmen Carol
            Caroline Carolyn Cassandra Catherine Cecilia Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire
            Clara Claudia Colleen Courtney Cristina Cynthia Daisy Dana Danielle Daphne Deborah Debra Denise Diana Diane
            Donna Doris Dorothy Elaine Eleanor Elena Elif Elisa Elizabeth Ella Ellen Emily Emma Erica Erin Esther Eva
            Eve Evelyn Fatima Fiona Frances Francesca Gabriela Gabrielle Gail Gemma Georgia Gillian Gina Giulia Gloria
            Grace Hannah Harriet Heather Heidi Helen Helena Hilary Hillary Holly Ingrid Irene Isabel Isabella Jacqueline
            Jane Janet Janice Jasmine Jean Jeanne Jennifer Jenny Jessica Jill Joan Joanna Joanne Jodie Josephine Joy
            Joyce Judith Judy Julia Julie Juliet Karen Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayla
            Kelly Kerry Kim Kimberly Kristen Kristina Laura Lauren Leah Leila Lena Linda Lindsay Lindsey Lisa Liz Lori
            Louise Lucia Lucy Lydia Lynn Madeleine Madison Maggie Maria Marie Marilyn Marina Marion Martha Mary Maya
            Megan Melanie Melissa Mia Michelle Mila Miranda Molly Monica Nadia Nancy Naomi Natalia Natalie Natasha
            Nicole Nina Nora Olga Olivia Pamela Patricia Paula Pauline Penny Priya Rachel Rebecca Regina Renee Rita
            Roberta Robin Rosa Rose Ruth Sabrina Sally Samantha Sandra Sara Sarah Selena Shannon Sharon Sheila Shirley
            Silvia Sofia Sonia Sophie Sophia Stacey Stephanie Sue Susan Suzanne Sylvia Tamara Tanya Tara Teresa Theresa
            Tiffany Tina Tracy Valerie Vanessa Vera Veronica Victoria Virginia Wendy Yasmin Yvonne Zoe
            """);

    private FirstNames() {
    }

    static boolean isKnown(String word) {
        String first = firstPart(word);
        return MALE.contains(first) || FEMALE.contains(first);
    }

    static Gender genderOf(String word) {
        String first = firstPart(word);
        boolean m = MALE.contains(first);
        boolean f = FEMALE.contains(first);
        return m == f ? Gender.UNKNOWN : m ? Gender.MALE : Gender.FEMALE;
    }

    /** "Eva-Marie" counts as "Eva". */
    private static String firstPart(String word) {
        int dash = word.indexOf('-');
        return dash > 0 ? word.substring(0, dash) : word;
    }
}
