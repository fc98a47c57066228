# b13-012  commercial  Zemaira 5,280 mg from 3 vials (4,046 + 1,021 + 1,008 = 6,075 mg; waste 795 mg),
# J0256 x 528 + J0256-JW x 79.  GAPS: wastage_documented conflict (JW line on a commercial claim;
# waste not reimbursed) and prior_authorization missing (only a referral number and a denial case
# number; no chart-level authorization).
# Styles: (7, own) front-end voice-recognition dictated progress note with recognition errors;
# (3) pre-bill audit worksheet with N items; MAR-style infusion record; old lab.

D1 = """ALLEGHENY CHEST PHYSICIANS
PROGRESS NOTE (dictated -- Dragon Medical; please excuse recognition errors)
Patient: VANCE, GREGORY T     DOB 02/14/1962     MRN ACP-339051     DOS 10/21/2025
Provider: Howard Kessler, MD

Subjective: Greg is a 63-year-old man with alpha-1 and type trips and deficiency [alpha-1
antitrypsin deficiency], PI*ZZ, with emphysema and COPD, here on his infusion day. He has been
on weekly Zemira [Zemaira] since 2020. He reports he is doing well. No exacerbations since his
last visit in July, no ER visits, no prednisone this year. He walks 20 minutes on the treadmill
most days at 2.5 miles per hour. Cough is minimal, sputum clear. No chest pain or swelling.
He quit smoking in 2005 and has not smoked since. He is frustrated about his insurance: Summit
Mutual denied the reauthorization on 09/30/2025, UM case number 25-118842, and we have a
peer-to-peer requested. His PCP referral number is RF-20250912-0447. He signed the financial
responsibility form on 10/07/2025 and wants to continue weekly therapy while the appeal is
pending.

Objective: Blood pressure 134/82, heart rate 76, saturation 94 percent on room air. Weight
88.0 kg today, 89.4 kg in July. Lungs: decreased breath sounds, no wheezes. No edema.
PFTs 09/2025: FEV1 1.52 L, 44 percent predicted, FEV1/FVC 0.44, DLCO 49 percent.

Assessment and plan:
1. Alpha-1 antitrypsin deficiency, PI*ZZ, E88.01, on augmentation. He is doing very well on
   Zemaira: FEV1 stable compared with 45 percent predicted in 2024, no exacerbations in
   12 months, infusions well tolerated. Continue Zemaira 60 mg/kg IV weekly. I will do the
   peer-to-peer this week and document the clinical benefit. If the appeal is upheld we will
   look at the Prolastin-C preferred-product option.
2. COPD/emphysema. Continue Trelegy 100/62.5/25 mcg 1 inhalation daily, albuterol PRN.
   Pulmonary rehab maintenance.
3. Hypertension: amlodipine 10 mg daily, chlorthalidone 12.5 mg daily. Per PCP.
4. Gout: allopurinol 300 mg daily, colchicine 0.6 mg PRN flare.
5. Vaccines: influenza today in the infusion room; COVID booster 09/2025.

Follow up 3 months. new paragraph Total time 30 minutes, more than half counseling about the
insurance appeal and treatment options.

Howard Kessler, MD   electronically signed 10/21/2025 11:58
"""

D2 = """ALLEGHENY CHEST PHYSICIANS -- INFUSION SUITE
MEDICATION ADMINISTRATION RECORD                      DOS 10/21/2025
Patient: VANCE, GREGORY T     MRN ACP-339051     Allergies: NKDA
Order: Zemaira (alpha1-proteinase inhibitor, human) 60 mg/kg IV weekly -- Kessler
Auth status: DENIED 09/30/2025 (appeal pending); patient financial waiver on file 10/07/2025

Weight 08:12: 88.0 kg.   Calculated dose: 60 x 88.0 = 5,280 mg.
Vitals 08:15: BP 134/82, HR 76, RR 16, SpO2 94%, T 36.7 C

Product dispensed (pharmacy, K. Liu PharmD, 08:20):
  Zemaira 4 g kit   actual 4,046 mg   lot P100571102   exp 03/2027
  Zemaira 1 g       actual 1,021 mg   lot P100566940   exp 12/2026
  Zemaira 1 g       actual 1,008 mg   lot P100566951   exp 12/2026
  Total available 6,075 mg

DATE/TIME          ACTION                 DETAIL                                           BY
10/21/2025 08:24   Reconstituted          3 vials, Mix2Vial, swirled; clear               ET
10/21/2025 08:33   PIV                    22 g L forearm, 1 attempt, NS flush             ET
10/21/2025 08:40   Influenza vaccine      Flucelvax 0.5 mL IM R deltoid, lot UJ921AB,     ET
                                          exp 06/30/2026 (separate order)
10/21/2025 08:45   Zemaira START          5,280 mg (about 101 mL) via pump, 7 mL/min      ET
10/21/2025 09:07   Zemaira STOP           infusion complete                               ET
10/21/2025 09:08   Waste                  795 mg (about 15 mL) remaining, discarded;      ET
                                          witness P. Moreno RN
10/21/2025 09:10   NS flush               10 mL                                           ET
10/21/2025 09:22   Vitals                 BP 130/80, HR 74, SpO2 95%                      ET
10/21/2025 09:25   PIV removed            site clean; discharged ambulatory               ET

Dose administered: Zemaira 5,280 mg IV.   Discarded: 795 mg.   Reaction: none.
ET = Erin Thibodeaux, RN
"""

D3 = """ALLEGHENY CHEST PHYSICIANS -- REVENUE CYCLE
PRE-BILL CHART ABSTRACTION / AUDIT: ALPHA-1 PI INFUSION
Auditor: Dana Whitlock, CPC, CPMA     Date: 10/24/2025
Patient: VANCE, GREGORY T    Acct 90-33105    DOS 10/21/2025    Payer: Summit Mutual Health (commercial PPO)
Lines as charged: J0256 x 528 | J0256-JW x 79 | 96365 x 1 | 90674 x 1 | 90471 x 1

 ITEM                                                     Y / N / NA   AUDITOR NOTE
 1  Diagnosis E88.01 documented                             Y          PN 10/21
 2  Genotype / phenotype deficient                          Y          PI*ZZ, 2019 lab
 3  AAT < 11 uM on file                                     Y          25 mg/dL (2019)
 4  Emphysema/COPD documented                               Y          PN; FEV1 44% pred
 5  Smoking status: non-/former smoker                      Y          quit 2005
 6  FEV1 % predicted 25-80 (plan policy)                    Y          44%
 7  Prior authorization number on file                      N          see comment 1
 8  Weight documented on DOS                                Y          88.0 kg
 9  Dose in mg, 60 mg/kg +/- 10%                            Y          5,280 mg = 0.0%
10  Lot + expiration for all vials                          Y          3 lots; none expired
11  Start / stop times                                      Y          08:45 / 09:07
12  Units = mg / 10, rounded up                             Y          528
13  Waste documented                                        Y          795 mg, witnessed
14  Waste line appropriate for payer                        N          see comment 2
15  Smallest vial combination                               N          see comment 2
16  Response documented in provider note                    Y          PN 10/21

COMMENTS
1. No authorization number anywhere in the record for this DOS. The numbers present are the PCP
   referral RF-20250912-0447 and the UM case number 25-118842 from the 09/30/2025 denial; neither
   is an authorization. Appeal outcome pending. Financial waiver on file.
2. Summit Mutual does not reimburse discarded drug (provider manual section 7.4); the JW line
   will deny and may be treated as a billing error. Also, 4 g + 1 g (5,067 mg, -4.0%) would have
   been within 10% with no discard.

SUMMARY OF FINDINGS: 16 items; 13 Y, 3 N. HOLD -- do not release until the authorization is
resolved; remove the JW line per payer policy; education to pharmacy on vial selection.
"""

D4 = """QUEST REGIONAL LAB -- PITTSBURGH                                  FINAL
Patient: VANCE, GREGORY T    DOB 02/14/1962    Sex M    Collected 06/03/2019 09:12
Ordering: KESSLER, HOWARD MD      Reported 06/11/2019 15:55

Alpha-1-Antitrypsin                    25 mg/dL    LOW     Ref 100-190 mg/dL (nephelometric)
Alpha-1-Antitrypsin Genotyping (PCR)
   S allele                            Not detected
   Z allele                            Detected -- homozygous
   Interpretation                      PI*ZZ
Comment: homozygous Z genotype; severe alpha-1 antitrypsin deficiency. Null and rare alleles are
not covered by this assay.
"""

CHART = {
    "chart_id": "b13-012",
    "date_of_service": "2025-10-21",
    "payer": {"profile": "commercial", "name": "Summit Mutual Health PPO"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 528, "modifiers": []},
        {"hcpcs": "J0256", "units": 79, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "90674", "units": 1, "modifiers": []},
        {"hcpcs": "90471", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-10-21", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2025-10-21", "text": D2},
        {"id": "d3", "type": "other", "date": "2025-10-24", "text": D3},
        {"id": "d4", "type": "lab_report", "date": "2019-06-11", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b13-012",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "conflict",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "missing", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 25, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 44},
        {"kind": "fev1", "value": 45},
        {"kind": "weight", "value": 88.0, "unit": "kg", "value_kg": 88.0},
        {"kind": "weight", "value": 89.4, "unit": "kg", "value_kg": 89.4},
        {"kind": "dose", "value": 5280},
        {"kind": "wastage", "value": 795},
        {"kind": "lot_number", "value": "P100571102"},
        {"kind": "lot_number", "value": "P100566940"},
        {"kind": "lot_number", "value": "P100566951"},
        {"kind": "expiration_date", "value": "2027-03"},
        {"kind": "expiration_date", "value": "2026-12"},
        {"kind": "infusion_start", "value": "08:45"},
        {"kind": "infusion_end", "value": "09:07"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "GAPS: (1) JW line on a commercial claim -> wastage_documented conflict (the 795 mg waste itself is "
        "documented and JW 79 = floor(79.5) is arithmetically right). (2) No prior_authorization in the chart "
        "field or any note: RF-20250912-0447 is a referral number and 25-118842 is a denial's UM case number -> "
        "missing. Traps: voice-recognition 'alpha-1 and type trips and deficiency' and 'Zemira' (bracketed "
        "corrections present); flu vaccine lot UJ921AB / exp 06/30/2026 at 08:40; 'Calculated dose' 5,280 mg "
        "equals the given dose; hypothetical switch to Prolastin-C (not a product given); 'Total available "
        "6,075 mg' is vial content. fev1_range on the most recent 44 % (45 % in 2024 also listed). Two 1 g vials "
        "share exp 12/2026 -> one expiration finding."
    ),
}

ARITH = {
    "dos": "2025-10-21", "product": "Zemaira",
    "weight_kg": 88.0, "weight_source": "d2 08:12 on DOS",
    "dose_mg": 5280, "pct_diff": 0.0,
    "vials": ["4 g kit actual 4,046 mg lot P100571102", "1 g actual 1,021 mg lot P100566940",
              "1 g actual 1,008 mg lot P100566951"],
    "vial_total_mg": 6075, "waste_mg": 795,
    "code": "J0256", "bu_mg": 10, "admin_units_billed": 528, "jw_units_billed": 79,
    "wastage_rule": "commercial: any JW line -> conflict (floor(795/10)=79 matches, but waste is not reimbursed)",
    "lots": [{"lot": "P100571102", "exp": "2027-03"}, {"lot": "P100566940", "exp": "2026-12"},
             {"lot": "P100566951", "exp": "2026-12"}],
    "rid_serum_values": [], "fev1_for_range": 44, "response_in_progress_note": True,
}

EVID = [
    ("aatd_diagnosis", "d1", "Alpha-1 antitrypsin deficiency, PI*ZZ, E88.01"),
    ("genotype:Z,Z", "d4", "Interpretation                      PI*ZZ"),
    ("serum_aat:25:mg/dL", "d4", "Alpha-1-Antitrypsin                    25 mg/dL    LOW"),
    ("lung_disease:emphysema", "d1", "with emphysema and COPD"),
    ("lung_disease:copd", "d1", "COPD/emphysema. Continue Trelegy"),
    ("fev1:44", "d1", "FEV1 1.52 L, 44 percent predicted"),
    ("fev1:45", "d1", "45 percent predicted in 2024"),
    ("weight:88.0", "d2", "Weight 08:12: 88.0 kg."),
    ("weight:89.4", "d1", "89.4 kg in July"),
    ("dose:5280", "d2", "Dose administered: Zemaira 5,280 mg IV."),
    ("wastage:795", "d2", "795 mg (about 15 mL) remaining, discarded"),
    ("lot_number:P100571102", "d2", "lot P100571102"),
    ("lot_number:P100566940", "d2", "lot P100566940"),
    ("lot_number:P100566951", "d2", "lot P100566951"),
    ("expiration_date:2027-03", "d2", "exp 03/2027"),
    ("expiration_date:2026-12", "d2", "exp 12/2026"),
    ("infusion_start:08:45", "d2", "08:45   Zemaira START"),
    ("infusion_end:09:07", "d2", "09:07   Zemaira STOP"),
    ("response_to_therapy", "d1", "He is doing very well on\n   Zemaira"),
    ("smoking_status:former", "d1", "He quit smoking in 2005"),
    ("drug_product:Zemaira", "d2", "Zemaira 4 g kit"),
]
