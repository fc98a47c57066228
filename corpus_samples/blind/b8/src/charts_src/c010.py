from common import doc, emit, req_ids

CID = "b8-010"
DOS = "2026-03-03"

d1 = doc("d1", "lab_report", "2025-09-17", """
*** CORRECTED REPORT ***
NORTHEAST CLINICAL LABORATORIES                                  Report status: CORRECTED (final)
Patient: THIBODEAU, Annick M.   DOB 11/23/1963   Sex F   MRN NE-3381207
Ordering: Julien Marchand, MD (Pulmonary)      Accession: NCL-25-260-04471
Collected: 09/15/2025 08:05     Received: 09/15/2025 10:40     Original report: 09/15/2025 17:12
Corrected: 09/17/2025 11:26

TEST                               RESULT           UNITS     REF INTERVAL     FLAG
Alpha-1 antitrypsin, serum         26               mg/dL     100-190          L    <-- CORRECTED
   Previously reported as 62 mg/dL on 09/15/2025 17:12 (transcription error at result entry).
   Corrected value 26 mg/dL verified by repeat analysis on the original specimen.
Alpha-1 antitrypsin phenotype      ZZ (IEF)                   MM               A
   Comment: ZZ pattern; consistent with severe alpha-1 antitrypsin deficiency. Phenotype unchanged by correction.
C-reactive protein, high sens.     0.9              mg/L      <3.0
GGT                                22               U/L       5-36
ALT                                19               U/L       7-35
AST                                21               U/L       10-35
IgA                                198              mg/dL     70-400
WBC                                6.1              x10E3/uL  3.4-10.8
Hemoglobin                         13.6             g/dL      11.1-15.9
Platelets                          262              x10E3/uL  150-450

Correction notification: called to and read back by N. Beaulieu, RN (Dr. Marchand's office) 09/17/2025 11:40.
Laboratory director: P. Okonkwo, MD
*** CORRECTED REPORT ***
""")

d2 = doc("d2", "infusion_record", DOS, """
ENCOUNTER SUMMARY (C-CDA CCD, rendered by receiving system)
Document ID 2.16.840.1.113883.19.5.99999.1-ENC-88019342     Created: 2026-03-03 13:48 -0500
Patient: Annick M. Thibodeau   DOB: 1963-11-23   Sex: F   MRN NE-3381207
Encounter: Ambulatory infusion, Penobscot Valley Infusion Center   03/03/2026 08:40 - 10:20
Care team: Julien Marchand, MD (attending); Solange Bertrand, RN (infusion nurse)

MEDICATIONS ADMINISTERED
| Medication | Dose | Route | Start | Stop | Lot | Expiration | Performer |
|---|---|---|---|---|---|---|---|
| Zemaira (alpha1-proteinase inhibitor, human) 4 g vial | 4,000 mg | IV | 2026-03-03 09:15 -0500 | 2026-03-03 09:52 -0500 | P100412987 | 06/2027 | S. Bertrand RN |
| Zemaira (alpha1-proteinase inhibitor, human) 1 g vial | 1,000 mg | IV | 2026-03-03 09:15 -0500 | 2026-03-03 09:52 -0500 | P100398210 | 31.10.2026 | S. Bertrand RN |
| Sodium chloride 0.9% flush | 20 mL | IV | 2026-03-03 09:53 -0500 | 2026-03-03 09:54 -0500 | 25J1144 | 2027-01 | S. Bertrand RN |
| Acetaminophen 650 mg tablet | 650 mg | PO | 2026-03-03 10:02 -0500 | | | | S. Bertrand RN |

VITAL SIGNS
| Date/Time | BP | Pulse | Resp | Temp | SpO2 | Weight |
|---|---|---|---|---|---|---|
| 2026-03-03 08:52 | 124/76 | 72 | 16 | 36.6 C | 96% | 84 kg |
| 2026-03-03 09:30 | 120/74 | 70 | 16 | | 96% | |
| 2026-03-03 10:05 | 122/72 | 68 | 16 | 36.7 C | 97% | |

RESULTS
| Test | Value | Units | Reference | Date |
|---|---|---|---|---|
| Glucose, POC | 104 | mg/dL | 70-140 | 2026-03-03 08:55 |
| Alpha-1 antitrypsin | 26 | mg/dL | 100-190 | 2025-09-17 (corrected) |

PROBLEMS
| Problem | Code | Status |
|---|---|---|
| Alpha-1-antitrypsin deficiency | E88.01 | active |
| Panlobular emphysema | J43.1 | active |
| Migraine without aura | G43.009 | active |

PLAN OF TREATMENT
Next infusion 2026-03-10 09:00. Zemaira 5,000 mg IV weekly (60 mg/kg, dosing weight 84 kg).
""")

d3 = doc("d3", "infusion_record", DOS, """
Nursing infusion narrative - Penobscot Valley Infusion Center - 03/03/2026
S. Bertrand, RN

Patient arrived 8h40, ambulatory, accompanied by husband. ID x2 verified. Poids 84,0 kg (calibrated scale).
Denies fever, URI symptoms since last week. Lungs: diminished bases, no wheeze. SpO2 96% RA.
Skin intact, no rash. Alert, oriented x3. Pain 2/10 (headache). Mild headache this a.m. (history of migraine) - acetaminophen
650 mg PO given 10h02 per standing order.
PIV 22G L forearm inserted 9h02, 1 attempt, good blood return.
Zemaira reconstituted 8h55-9h08 (Mix2Vial): 4 g vial with 76 mL + 1 g vial with 20 mL sterile water,
pooled into one bag, 96 mL total = 5,000 mg. Double check with pharmacy (T. Leclerc, PharmD) 9h10.
Infusion started 9h15 at 2.6 mL/min. Completed 9h52 without reaction. Both vials entirely administered;
waste 0 mg.
Flush NS 20 mL 9h53. PIV removed 10h15, site clean. Discharged 10h20 in good condition.
Teaching: reviewed self-monitoring for delayed reactions; next weekly infusion 03/10 at 9h00.
Patient verbalized understanding. Husband present for teaching.
Fall risk screen: low. Advance directive on file: yes.
S. Bertrand, RN - signed 03/03/2026 10h41
""")

d4 = doc("d4", "progress_note", DOS, """
PULMONARY FOLLOW-UP - Julien Marchand, MD                                   03/03/2026
Ms. Thibodeau, 62, never-smoker (childhood second-hand smoke), severe AATD (PI ZZ), panlobular emphysema,
started weekly Zemaira 10/2025 after the corrected AAT result (26 mg/dL, originally misreported as 62 mg/dL).

Since starting augmentation: no exacerbations (had 2 in the 12 months before), energy "much better",
back to walking 45 minutes/day, no reactions to infusions apart from an occasional mild headache.
Spirometry 02/2026: FEV1 1.58 L (61% predicted), unchanged from 08/2025 (1.59 L, 61%). CT 08/2025:
lower-lobe panlobular emphysema.

Medications: Zemaira 60 mg/kg IV weekly; tiotropium 18 mcg daily; albuterol PRN; sumatriptan 50 mg PRN
migraine (max 2/week); calcium/vitamin D.
ROS: no fever, no chest pain, no edema, no hemoptysis, no jaundice.

Exam: 84 kg, SpO2 96% RA, clear apart from diminished bases. No clubbing.

Impression: severe AATD with emphysema, responding well to augmentation (clinically improved, stable lung
function). Continue Zemaira 60 mg/kg weekly (5,000 mg: one 4 g + one 1 g vial). If weight falls under
75 kg we would re-dose (the 4 g vial alone would then be about right).
Migraine: stable, acetaminophen PRN. Repeat PFTs 08/2026. Medicare Part B - no authorization required.

J. Marchand, MD
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 5000, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3, d4],
}

reqs = {r: "met" for r in req_ids("medicare")}
reqs["prior_authorization"] = "not_applicable"

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 26, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 61},
        {"kind": "weight", "value": 84.0, "unit": "kg", "value_kg": 84.0},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100412987"},
        {"kind": "lot_number", "value": "P100398210"},
        {"kind": "expiration_date", "value": "2027-06"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "09:15"},
        {"kind": "infusion_end", "value": "09:52"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete Medicare chart billed on J2252 (1 mg units; code table treats J2252 as the A1PI default code, so any A1PI "
        "product is covered -> code_selection met). Dose 5,000 mg = 4,000 mg + 1,000 mg vial rows in the C-CDA table and "
        "'96 mL total = 5,000 mg ... entirely administered' in the narrative (one administered dose of 5,000 mg; the table "
        "rows are its two vials). Weight 84 kg / '84,0 kg' (comma decimal) = one weight; 60 x 84 = 5040; |5000-5040| = 0.8 % "
        "-> met. Units ceil(5000/1) = 5000 = billed JZ; waste 0 -> met. Exp '06/2027' -> 2027-06; '31.10.2026' (DD.MM.YYYY) "
        "-> 2026-10-31; both >= DOS. Times '9h15'/'9h52' and C-CDA '09:15 -0500'/'09:52 -0500' agree. CORRECTED lab: 62 mg/dL "
        "superseded by 26 mg/dL -> only 26 is a finding. Traps: NS flush lot 25J1144 / exp 2027-01 and its times (another "
        "product); acetaminophen 650 mg at 10h02; reconstitution 8h55-9h08, pharmacy check 9h10, arrival 8h40, PIV 9h02, "
        "flush 9h53, PIV out 10h15, discharge 10h20, encounter 08:40-10:20, vitals 08:52/09:30/10:05, POC glucose 104 mg/dL "
        "(mg/dL like AAT); planned 5,000 mg next week; hypothetical re-dose under 75 kg; reference 'MM' and 100-190."
    ),
}

emit(chart, gold)
