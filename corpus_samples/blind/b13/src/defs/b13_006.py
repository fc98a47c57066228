# b13-006  medicaid  Zemaira 6,140 mg from 3 vials (4,112 + 1,046 + 1,021 mg), waste 39 mg,
# J0256 x 614 + J0256-JW x 3.  COMPLETE.
# Styles: (4) medication reconciliation list; (6) first-person nurse infusion note; progress note
# from the previous visit; old lab.

D1 = """HEARTLAND COMMUNITY HEALTH -- SPECIALTY INFUSION CENTER
MEDICATION RECONCILIATION                                Visit date: 03/02/2026   Time: 09:08
Patient: ORTEGA, LUIS A JR     DOB 10/14/1981     MRN HCH-3302871     Wt 102.3 kg (03/02/2026 09:05)
Sources: patient interview, pill bottles brought in, Surescripts fill history (pulled 09:02)
Reconciled by: Aisha Rahman, RN      Reviewed: Karim Haddad, MD

#   Medication                          Dose              Route  Frequency        Last taken         Prescriber     Action
--  ----------------------------------  ----------------  -----  ---------------  -----------------  -------------  --------
1   Zemaira (alpha1-PI, human)          60 mg/kg          IV     every 7 days     02/23/2026 clinic  Haddad         Continue
    (4 g kit + 1 g vials, actual mg)    (~6,140 mg)
2   Breztri Aerosphere                  160/9/4.8 mcg     INH    2 puffs BID      this AM            Haddad         Continue
    (budesonide/glycopyrrolate/formoterol)
3   Albuterol HFA                       90 mcg/puff       INH    2 puffs q4h PRN  yesterday          Haddad         Continue
4   Montelukast                         10 mg             PO     nightly          last night         Haddad         Continue
5   Insulin glargine (Lantus)           32 units          SC     nightly          last night         Patel (PCP)    Continue
6   Insulin lispro                      2-10 units scale  SC     with meals       this AM (4 u)      Patel (PCP)    Continue
7   Semaglutide (Ozempic)               1 mg              SC     weekly (Sun)     03/01/2026         Patel (PCP)    Continue
8   Lisinopril                          20 mg             PO     daily            this AM            Patel (PCP)    Continue
9   Atorvastatin                        40 mg             PO     nightly          last night         Patel (PCP)    Continue
10  Gabapentin                          300 mg            PO     TID              this AM            Patel (PCP)    Continue
11  Sertraline                          100 mg            PO     daily            this AM            Patel (PCP)    Continue
12  Omeprazole                          40 mg             PO     daily            this AM            Patel (PCP)    Continue
13  Ergocalciferol                      50,000 IU         PO     weekly           02/26/2026         Patel (PCP)    Continue
14  Ibuprofen                           600 mg            PO     q8h PRN          02/27/2026         OTC            Review*
15  Prednisone                          40 mg             PO     daily x 5 d      12/2025 course     Haddad         Completed
16  Varenicline                         1 mg              PO     BID              stopped 2019       (old)          Remove
17  Acetaminophen (infusion PRN)        650 mg            PO     once PRN         not used           Haddad         Continue
18  Diphenhydramine (infusion PRN)      25 mg             IV     once PRN         not used           Haddad         Continue

*Ibuprofen: advised to limit with lisinopril; PCP to review kidney function.
Allergies: shellfish (hives); no drug allergies.
Discrepancies: #16 listed on old outside list, not taken since 2019 -- removed. No others.
Patient verbalized understanding of current list. Printed copy given.
"""

D2 = """HEARTLAND COMMUNITY HEALTH -- SPECIALTY INFUSION CENTER
Nursing Note -- Alpha-1 Augmentation                                03/02/2026
Patient: Ortega, Luis A Jr     MRN HCH-3302871
Author: Aisha Rahman, RN

Luis checked in at 08:55 for his weekly Zemaira. I weighed him at 09:05 on the standing scale and
he was 102.3 kg, about a kilo less than at his February visit with Dr. Haddad. We reconciled his
medications together at 09:08 (see the reconciliation list); nothing changed except removing the
old varenicline entry. He said he has had no fever, no new cough and no reaction after last
week's infusion. His vitals at 09:12 were BP 136/84, HR 90, RR 18, SpO2 94% on room air and
temperature 36.8 C. His fingerstick glucose was 162 mg/dL.

The order is 60 mg/kg, which at 102.3 kg is 6,138 mg, rounded by pharmacy to 6,140 mg. Pharmacy
sent three Zemaira vials: the 4 g kit labeled 4,112 mg actual, lot P100603318, exp 11/2027; a 1 g
vial labeled 1,046 mg, lot P100599021, exp 04/2027; and a 1 g vial labeled 1,021 mg, lot
P100601147, exp 06/30/2027. That is 6,179 mg in total. I reconstituted each vial with its own
diluent using the transfer device and let them sit until the powder dissolved; all three were
clear and colorless. Angela Ruiz, RN checked the vials, lots and expiration dates with me.

I started a 20 g IV in his right antecubital at 09:22 on the first try and flushed it with
10 mL normal saline. I pooled the vials and drew up 6,140 mg into the infusion container; the
remaining 39 mg (about 0.7 mL) was left in the last vial and I discarded it in the
pharmaceutical waste with Angela Ruiz, RN as witness.

I started the Zemaira infusion at 09:31 at 8 mL/min and it was finished at 09:50. I checked his
vitals at 09:40 (BP 132/80, HR 88, SpO2 95%) and at 10:00 (BP 130/82, HR 86, SpO2 95%). He had no
flushing, no itching, no shortness of breath and no headache. I flushed the line with 10 mL normal
saline and took out the IV at 10:02; the site was clean.

He is going back to work this afternoon. I reminded him that Dr. Haddad wants him back in May with
spirometry. Next infusion 03/09/2026 at 09:00.

Given today: Zemaira 6,140 mg IV. Discarded: 39 mg.

Aisha Rahman, RN   03/02/2026 10:09
"""

D3 = """HEARTLAND COMMUNITY HEALTH -- PULMONARY CLINIC
Progress Note                                                      02/09/2026
Patient: Luis A. Ortega Jr., 44 M     MRN HCH-3302871
Provider: Karim Haddad, MD
Insurance: Heartland Health Connect (Medicaid)   Auth # MCD-44817206 (A1PI, 09/01/2025-08/31/2026)

SUBJECTIVE: Follow-up of alpha-1 antitrypsin deficiency and emphysema. He has been on weekly
Zemaira since 08/2020. One exacerbation in December (prednisone 40 mg x 5 days, no antibiotic)
after his kids brought home influenza B; otherwise stable. Works as a dispatcher, climbs the
stairs at work (2 flights) with one stop. No hemoptysis. Quit smoking in 2019 with varenicline,
about 20 pack-years; no relapse, no vaping. Wife does not smoke.

OBJECTIVE: BP 138/86, HR 92, SpO2 94% RA, Wt 103.1 kg, BMI 33.7.
Lungs: diminished, prolonged expiration, scattered end-expiratory wheeze. No edema.
Spirometry 01/2026: FEV1 1.92 L (47% predicted), FEV1/FVC 0.46, severe airflow obstruction,
no significant bronchodilator response. 01/2025 FEV1 1.95 L (47% predicted).

ASSESSMENT:
1. Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ (phenotype 2020), pre-treatment level
   19 mg/dL.
2. Emphysema (J43.9), lower-lobe predominant on CT 2020.
3. Type 2 diabetes, obesity -- per PCP; on semaglutide, losing weight slowly.

PLAN:
- Augmentation: responding well -- FEV1 unchanged over the past year, one exacerbation in
  12 months (three in the year before starting), no infusion reactions. Continue Zemaira
  60 mg/kg IV weekly; pharmacy to re-dose to the weight at each visit.
- Continue Breztri 160/9/4.8 mcg 2 puffs BID, albuterol PRN, montelukast 10 mg nightly.
- Repeat spirometry in May. Pulmonary rehab when his work schedule allows.
- Vaccines: influenza 10/2025, PCV20 2024, COVID 2025. RSV at age 50 or sooner per risk -- will
  discuss next visit.

Karim Haddad, MD   02/09/2026 16:20
"""

D4 = """STATE UNIVERSITY HOSPITAL LABORATORY                             FINAL
Patient: ORTEGA, LUIS A JR     DOB 10/14/1981     Sex M
Collected: 06/22/2020 08:31    Reported: 07/01/2020 11:47    Ordering: HADDAD, KARIM

Alpha-1-Antitrypsin, Serum            19 mg/dL     (L)     Ref 90-200 mg/dL   [nephelometry]
Alpha-1-Antitrypsin Phenotype         ZZ                   Ref: MM            [isoelectric focusing]
C-Reactive Protein                    6.2 mg/L             Ref < 10.0

Interpretation: Phenotype ZZ with a markedly reduced level, consistent with severe alpha-1
antitrypsin deficiency. A normal CRP supports that the level is not falsely raised by acute
inflammation.

Electronically verified by: R. Menon, MD
"""

CHART = {
    "chart_id": "b13-006",
    "date_of_service": "2026-03-02",
    "payer": {"profile": "medicaid", "name": "Heartland Health Connect (Medicaid)"},
    "prior_authorization": "MCD-44817206",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 614, "modifiers": []},
        {"hcpcs": "J0256", "units": 3, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-03-02", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-02", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-02-09", "text": D3},
        {"id": "d4", "type": "lab_report", "date": "2020-07-01", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-006",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 19, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 47},
        {"kind": "weight", "value": 102.3, "unit": "kg", "value_kg": 102.3},
        {"kind": "weight", "value": 103.1, "unit": "kg", "value_kg": 103.1},
        {"kind": "dose", "value": 6140},
        {"kind": "wastage", "value": 39},
        {"kind": "lot_number", "value": "P100603318"},
        {"kind": "lot_number", "value": "P100599021"},
        {"kind": "lot_number", "value": "P100601147"},
        {"kind": "expiration_date", "value": "2027-11"},
        {"kind": "expiration_date", "value": "2027-04"},
        {"kind": "expiration_date", "value": "2027-06-30"},
        {"kind": "infusion_start", "value": "09:31"},
        {"kind": "infusion_end", "value": "09:50"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "MCD-44817206"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete. Three vials with actual potencies (4,112 + 1,046 + 1,021 = 6,179 mg); 6,140 mg given, 39 mg "
        "discarded -> JW floor(39/10) = 3 units, administered ceil(614.0) = 614. 6,138 mg is a calculation. "
        "Med-rec 'last taken 02/23/2026' and '~6,140 mg' are the standing order / prior visit, not a DOS record. "
        "Med-rec check-in 09:08, PIV 09:22, vitals, IV out 10:02 are not infusion times. Other drugs' doses "
        "(insulin units, semaglutide 1 mg, prednisone 40 mg, varenicline 1 mg, ergocalciferol 50,000 IU) are "
        "traps; glucose 162 mg/dL is not AAT; CRP 6.2 mg/L is not AAT. Reference 'MM' is not a result. "
        "Weight nearest DOS = 102.3 kg; 103.1 kg (02/09) is historical."
    ),
}

ARITH = {
    "dos": "2026-03-02", "product": "Zemaira",
    "weight_kg": 102.3, "weight_source": "d2 standing scale 09:05 on DOS",
    "dose_mg": 6140, "pct_diff": 0.0,
    "vials": ["4 g kit actual 4,112 mg lot P100603318", "1 g actual 1,046 mg lot P100599021",
              "1 g actual 1,021 mg lot P100601147"],
    "vial_total_mg": 6179, "waste_mg": 39,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 614, "jw_units_billed": 3,
    "lots": [{"lot": "P100603318", "exp": "2027-11"}, {"lot": "P100599021", "exp": "2027-04"},
             {"lot": "P100601147", "exp": "2027-06-30"}],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d3", "Alpha-1 antitrypsin deficiency (E88.01), PI*ZZ"),
    ("genotype:Z,Z", "d4", "Alpha-1-Antitrypsin Phenotype         ZZ"),
    ("serum_aat:19:mg/dL", "d4", "Alpha-1-Antitrypsin, Serum            19 mg/dL"),
    ("lung_disease:emphysema", "d3", "Emphysema (J43.9)"),
    ("lung_disease:airflow_obstruction", "d3", "severe airflow obstruction"),
    ("fev1:47", "d3", "FEV1 1.92 L (47% predicted)"),
    ("weight:102.3", "d2", "he was 102.3 kg"),
    ("weight:103.1", "d3", "Wt 103.1 kg"),
    ("dose:6140", "d2", "Given today: Zemaira 6,140 mg IV."),
    ("wastage:39", "d2", "the\nremaining 39 mg (about 0.7 mL)"),
    ("lot_number:P100603318", "d2", "lot P100603318"),
    ("lot_number:P100599021", "d2", "lot P100599021"),
    ("lot_number:P100601147", "d2", "lot\nP100601147"),
    ("expiration_date:2027-11", "d2", "exp 11/2027"),
    ("expiration_date:2027-04", "d2", "exp 04/2027"),
    ("expiration_date:2027-06-30", "d2", "exp 06/30/2027"),
    ("infusion_start:09:31", "d2", "I started the Zemaira infusion at 09:31"),
    ("infusion_end:09:50", "d2", "it was finished at 09:50"),
    ("response_to_therapy", "d3", "Augmentation: responding well"),
    ("prior_authorization:MCD-44817206", "d3", "Auth # MCD-44817206"),
    ("smoking_status:former", "d3", "Quit smoking in 2019"),
    ("drug_product:Zemaira", "d2", "his weekly Zemaira"),
]
