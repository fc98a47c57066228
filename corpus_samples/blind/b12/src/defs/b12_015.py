# b12-015  commercial  NEGATIVE CONTROL (PI*MS carrier with asthma; no augmentation; no claim lines)
# Style: secure-chat thread between clinic RN, PCP and pulmonologist + reference-lab report +
# primary-care progress note.

_chat = """CareConnect Secure Messaging - thread filed to chart           Filed 09/12/2025 16:48 by J. Moreno RN
Subject: Lindgren, Hannah (MRN 8812-046) - alpha-1 result question
Participants: Josie Moreno RN (Maple St Family Medicine) | Aaron Feld MD (PCP) |
              Folake Adeyemi MD (Pulmonology, Regional Lung Center)

09/11/2025 14:02  Josie Moreno RN
  Dr. Feld - Hannah's alpha-1 results are back: level 104 mg/dL, phenotype MS. She's been
  calling because her sister (ZZ) just started Glassia, 4,200 mg every week, and she's worried
  she'll need the same.
09/11/2025 14:20  Aaron Feld MD
  Thanks. Looping in Dr. Adeyemi for a curbside. Folake - 34F, mild intermittent asthma,
  never smoker, normal spirometry in August. AAT 104, MS. Anything beyond reassurance?
09/11/2025 17:45  Folake Adeyemi MD
  Hi Aaron. MS with a level of 104 is a carrier state and is not associated with meaningful
  lung risk in a never smoker. Augmentation is not indicated - plan criteria require a
  severe-deficiency genotype (ZZ, Z/null, rare alleles) and a level under 11 uM, which she
  doesn't have. If she were ZZ with emphysema we'd be talking about 60 mg/kg weekly, but that's
  not her. I would not repeat the level. Keep treating the asthma; avoid smoke exposure.
09/11/2025 17:52  Folake Adeyemi MD
  Her kids could be tested if she wants (they'd be at most MS or MM from her side unless the
  father carries Z), but it isn't urgent.
09/12/2025 08:10  Aaron Feld MD
  Perfect, thank you. Josie - can you schedule her for a 15-min visit today or tomorrow to
  go over it in person?
09/12/2025 08:31  Josie Moreno RN
  Booked today 13:40. Will print the lab for her.
09/12/2025 16:45  Josie Moreno RN
  Visit done, she was relieved. Closing thread.
"""

_lab = """NORTHERN PLAINS CLINICAL LABORATORIES                        FINAL REPORT
Patient: LINDGREN, HANNAH E    DOB 04/02/1991    Sex F    MRN 8812-046
Ordering: Aaron Feld, MD (Maple St Family Medicine)    Acct NP-25-0908-3317
Collected 09/08/2025 07:52   Received 09/08/2025 11:30   Reported 09/11/2025 13:18

ALPHA-1-ANTITRYPSIN, SERUM, WITH PHENOTYPE (reflex)
Test                                    Result     Flag   Reference interval     Units
Alpha-1-antitrypsin                     104               90-200                 mg/dL
  Method: immunoturbidimetry
Alpha-1-antitrypsin phenotype (IEF)     MS                MM (normal)
C-reactive protein, high sensitivity    0.9               <3.0                   mg/L

Comment
Phenotype MS: heterozygous carrier of the S allele. The serum concentration is within the
reference interval. PiMS individuals are not considered at increased risk of AAT-related
lung or liver disease in the absence of other factors. Severe deficiency (PiZZ,
Pi(null,null)) typically produces levels below 57 mg/dL by this method. Genetic counseling
is available on request. Phenotyping after augmentation therapy may be unreliable (not
applicable to this patient).

CPT: 82103, 82104        LOINC 1825-9, 32769-2
Verified by: G. Halvorsen, MLS(ASCP)      Medical director: R. Iqbal, MD
"""

_note = """MAPLE STREET FAMILY MEDICINE - OFFICE VISIT
Date: 09/12/2025     Provider: Aaron Feld, MD     Patient: Hannah E. Lindgren, 34 F
Insurance: Blue Cross Blue Shield of Minnesota (commercial PPO)

CHIEF COMPLAINT: review alpha-1 test result; asthma follow-up.

HPI
Hannah's older sister was diagnosed last spring with alpha-1 antitrypsin deficiency (PI*ZZ)
and emphysema at 41 and started weekly Glassia infusions this summer. Hannah asked for
testing. Her level is 104 mg/dL with phenotype MS. She has mild intermittent asthma since
childhood (exercise- and cat-triggered), using albuterol about twice a month, no night
symptoms, no ED visits or prednisone in 5 years. Never smoker, no vaping; works as a
veterinary receptionist (cats - uses her inhaler before shifts on some days).

PMH: asthma, mild intermittent; seasonal allergic rhinitis; migraine without aura.
Meds: albuterol HFA 90 mcg 2 puffs PRN; cetirizine 10 mg daily in spring; sumatriptan 50 mg
PRN; combined oral contraceptive.
Family: sister PI*ZZ with emphysema (on Glassia); father COPD, smoker, untested; mother
tested MM at the sister's diagnosis; two children (6 and 9) untested.

Vitals: BP 112/70, HR 68, RR 14, SpO2 99% RA, Temp 36.7 C. Weight 70.3 kg, height 168 cm,
BMI 24.9.
Exam: lungs clear, no wheeze, good air entry. Nasal turbinates mildly boggy.

Spirometry 08/19/2025 (office): FEV1 3.02 L, 91% predicted; FVC 3.58 L (95%); FEV1/FVC 0.84;
no airflow obstruction; no significant bronchodilator response. Interpreted as normal
spirometry.

ASSESSMENT
1. Alpha-1 antitrypsin: MS carrier with a normal serum level - alpha-1 antitrypsin
   deficiency ruled out. Reviewed with pulmonology (Dr. Adeyemi, secure chat 09/11):
   augmentation not indicated; no repeat testing. She understands that "carrier" does not
   mean she has the disease.
2. Asthma, mild intermittent, well controlled - continue albuterol PRN; discussed adding
   a low-dose ICS-formoterol as reliever per GINA; she prefers to stay on albuterol for now.
3. Family planning for testing: offered testing for her children (optional); she will
   think about it. Counseled: no smoking, avoid secondhand smoke.

PLAN
- Printed lab and explanation given.
- Influenza vaccine today (left deltoid, lot on the immunization record).
- Return 12 months or sooner for asthma symptoms.

Aaron Feld, MD   09/12/2025 14:05
"""

CHART = {
    "chart_id": "b12-015",
    "date_of_service": "2025-09-12",
    "payer": {"profile": "commercial", "name": "Blue Cross Blue Shield of Minnesota PPO"},
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-09-12", "text": _chat},
        {"id": "d2", "type": "lab_report", "date": "2025-09-11", "text": _lab},
        {"id": "d3", "type": "progress_note", "date": "2025-09-12", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-015",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "missing",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
        "lung_disease_evidence": "missing",
        "patient_weight": "met",
        "dose_administered": "missing",
        "dose_matches_weight": "missing",
        "units_match_dose": "not_applicable",
        "wastage_documented": "missing",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "missing",
        "prior_authorization": "missing",
        "code_selection": "not_applicable",
        "smoking_status": "met",
        "fev1_range": "conflict",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "S"]},
        {"kind": "serum_aat", "value": 104, "unit": "mg/dL"},
        {"kind": "fev1", "value": 91},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3},
    ],
    "notes": (
        "Negative control: PI*MS carrier, AAT 104 mg/dL, asthma with normal spirometry, no therapy and "
        "no claim lines. AATD is 'ruled out' (negated) -> aatd_diagnosis missing; genotype MS and level "
        "104 -> conflict. Sister PI*ZZ on Glassia '4,200 mg every week' and her emphysema, father's "
        "COPD, mother MM are family. 'If she were ZZ with emphysema ... 60 mg/kg weekly' is "
        "hypothetical. Plan criteria in the chat ('under 11 uM') and the lab's '57 mg/dL' comment are "
        "thresholds; reference 'MM (normal)' is not a result. Asthma is not a lung_disease value and "
        "spirometry says 'no airflow obstruction' -> lung_disease missing. FEV1 91% is outside the "
        "commercial 25-80% band -> fev1_range conflict. Never smoker -> smoking met. Influenza vaccine "
        "lot is not an A1PI lot. Chat/visit times are not infusion times."
    ),
}

ARITH = {
    "dos": "2025-09-12",
    "profile": "commercial",
    "product": None,
    "code": None,
    "weight": {"value": 70.3, "unit": "kg", "kg": 70.3},
    "dose_mg": None,
    "waste_mg": None,
    "lots": [],
    "modifier_expectation": "no claim lines",
}
