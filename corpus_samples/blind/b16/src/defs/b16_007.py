from _lib import F, W, reqs, gold

D1 = """Medication Administration Record                                            Cerner PowerChart
ST. JUDE HEIGHTS MEDICAL CENTER - INFUSION SERVICES (OP)
Patient: ALCANTARA-REYES, MARISOL          FIN: 5501928371         MRN: 0082214
DOB: 02/11/1949   Age: 76 years   Sex: Female
Visit: 10/08/2025  Outpatient Infusion   Location: SJH Infusion Svcs, Bay 6
Attending: BRANNIGAN, COLM P MD
Dosing Weight: 58.9 kg (Measured 10/08/2025 12:58 CDT)   Height: 160 cm   BSA: 1.61 m2
Allergies: penicillins (hives); latex (contact dermatitis)
Time frame: 10/08/2025 00:00 CDT - 10/08/2025 23:59 CDT
----------------------------------------------------------------------------------------------

SCHEDULED

loratadine 10 mg, PO, Tab, Once (pre-medication)
  Order start: 10/08/2025 13:00 CDT
  10/08/2025 13:00 CDT  [Scheduled]
     Admin: 10/08/2025 13:06 CDT     Result Status: Auth (Verified)
     Dose: 10 mg   Route: PO   Performed by: Tran, Linh RN   Documented: 10/08/2025 13:07 CDT

sodium chloride 0.9% (NS) 100 mL, IV, Continuous, 20 mL/hr (carrier/KVO)
  10/08/2025 13:15 CDT  Begin Bag    Rate: 20 mL/hr    Site: Forearm, Left
     Performed by: Tran, Linh RN   Documented: 10/08/2025 13:16 CDT
  10/08/2025 14:10 CDT  Infuse Stopped      Performed by: Tran, Linh RN

alpha-1-proteinase inhibitor (Glassia) 3,530 mg = 176.5 mL, IV, Once weekly
  Order comment: 60 mg/kg x 58.9 kg = 3,534 mg; rounded to 3,530 mg (176.5 mL of 20 mg/mL).
     Infuse via 5 micron in-line filter. Do not exceed 0.2 mL/kg/min.
  Pharmacy verified: Nakashima, Eri PharmD 10/07/2025 16:22 CDT
  10/08/2025 13:15 CDT  [Scheduled]
     Admin: 10/08/2025 13:21 CDT     Result Status: Auth (Verified)
        Event: Begin Bag    Dose: 3,530 mg   Volume: 176.5 mL   Rate: 2.5 mL/min
        Site: Forearm, Left   Performed by: Tran, Linh RN   Witnessed by: Ossei, Kwame RN
        Documented: 10/08/2025 13:24 CDT
     Admin: 10/08/2025 13:31 CDT
        Event: Rate Change   Rate: 4.7 mL/min (0.08 mL/kg/min)   Performed by: Tran, Linh RN
     Admin: 10/08/2025 14:03 CDT
        Event: Infuse Stopped   Volume infused: 176.5 mL   Performed by: Tran, Linh RN
  Infusion Billing: Start 10/08/2025 13:21 CDT   End 10/08/2025 14:03 CDT
  Product/Lot detail (scanned):
        Glassia 1 g/50 mL  NDC 0944-2884-01   Lot LGA25B006A   Exp 11/30/2026   Qty: 4 vial
  Waste: 23.5 mL (470 mg) remaining in 4th vial wasted to pharmaceutical waste.
        Wasted by: Tran, Linh RN   Witness: Ossei, Kwame RN   10/08/2025 14:05 CDT

sodium chloride 0.9% flush 10 mL, IV, PRN line flush
  10/08/2025 13:14 CDT  Given   10 mL   Tran, Linh RN
  10/08/2025 14:04 CDT  Given   10 mL   Tran, Linh RN

UNSCHEDULED / PRN
diphenhydramine 25 mg IV PRN infusion reaction          No administrations charted
hydrocortisone 100 mg IV PRN infusion reaction          No administrations charted
EPINEPHrine 0.3 mg IM PRN anaphylaxis                   No administrations charted

----------------------------------------------------------------------------------------------
ADMINISTRATION HISTORY - alpha-1-proteinase inhibitor (Glassia) (previous 2)
  10/01/2025  Begin Bag 13:18 / Infuse Stopped 14:01   3,550 mg   Lot LGA25A911C   Wt 59.2 kg
  09/24/2025  Begin Bag 13:25 / Infuse Stopped 14:07   3,550 mg   Lot LGA25A911C   Wt 59.0 kg

Vital signs: 12:58 BP 148/76 P 70 R 16 T 36.4 C SpO2 94% | 13:45 BP 140/74 P 68 SpO2 95% |
             14:08 BP 142/72 P 70 R 16 T 36.5 C SpO2 95%
Discharge: 10/08/2025 14:20 CDT, ambulatory with daughter.
"""

D2 = """Quest Diagnostics Incorporated
Nichols Institute, 33608 Ortega Hwy, San Juan Capistrano, CA 92675   Laboratory Director: Irina Maramica, MD

PATIENT INFORMATION                    REPORT STATUS: FINAL
ALCANTARA-REYES, MARISOL
DOB: 02/11/1949   AGE: 73   GENDER: F  ORDERING PHYSICIAN: BRANNIGAN, COLM P
ID: 0082214                            COLLECTED: 06/14/2022 08:20
                                       RECEIVED:  06/15/2022 02:11
                                       REPORTED:  06/21/2022 17:48

Test Name                                   In Range      Out of Range     Reference Range      Lab
ALPHA-1-ANTITRYPSIN PHENOTYPE
  ALPHA-1-ANTITRYPSIN, SERUM                               42 L             83-199 mg/dL         SJC
  ALPHA-1-ANTITRYPSIN PHENOTYPE                           ZZ                                    SJC
    Phenotype ZZ is associated with severe alpha-1 antitrypsin deficiency and an increased risk
    for emphysema and liver disease. Augmentation therapy (exogenous alpha-1 PI, which has the
    M phenotype) may interfere with phenotype interpretation; this specimen was obtained prior
    to therapy per the requisition.
    Reference phenotype: MM. The MM phenotype is associated with normal serum levels.
ALPHA-1-ANTITRYPSIN GENOTYPE
  S ALLELE                                                NOT DETECTED                          SJC
  Z ALLELE                                                DETECTED (2 COPIES)                   SJC
  INTERPRETATION: ZZ genotype. This individual is homozygous for the Z mutation (Glu342Lys).
    The ZZ genotype is the most common cause of severe alpha-1 antitrypsin deficiency. Each
    child of this individual will inherit one Z allele. Genetic counseling is recommended.
    This test detects the S and Z alleles only.
IMMUNOGLOBULIN A                              245                          70-400 mg/dL         SJC
HEPATIC FUNCTION PANEL
  ALT                                         18                           6-29 U/L             SJC
  AST                                         22                           10-35 U/L            SJC

PERFORMING SITE:
SJC  QUEST DIAGNOSTICS NICHOLS SAN JUAN CAPISTRANO, 33608 ORTEGA HWY, SAN JUAN CAPISTRANO, CA
     92675-2042  Laboratory Director: Irina Maramica, MD, PhD   CLIA: 05D0643352
"""

D3 = """ST. JUDE HEIGHTS PULMONARY ASSOCIATES
Office Visit Note

Patient: Marisol Alcantara-Reyes     DOB 02/11/1949     MRN 0082214
Date: 10/08/2025     Provider: Colm P. Brannigan, MD     Visit: 6-month follow-up

History: 76-year-old woman with alpha-1 antitrypsin deficiency, ZZ (diagnosed 06/2022, AAT 42
mg/dL pre-treatment), with emphysema and chronic obstructive pulmonary disease, on Glassia
60 mg/kg weekly since 08/2022. She is seen in the infusion bay during today's infusion.
She reports that she is "doing about the same," which she is pleased with. She still gardens and
walks her dog. One respiratory infection in July (daughter's grandchildren had RSV) treated with
supportive care only, no steroids. No hospital admissions in the last 2 years. No infusion
reactions. Appetite fine; weight stable (58.9 kg today, 59.2 kg last week).

Never smoker. Grew up with two smoking parents. Retired seamstress.

Medications: Breo Ellipta 100-25 mcg 1 inh daily; Incruse Ellipta 62.5 mcg 1 inh daily;
albuterol PRN; Glassia weekly; loratadine 10 mg premed; levothyroxine 75 mcg daily;
alendronate 70 mg weekly.

ROS: no fever, chest pain, hemoptysis, leg swelling or falls. Mild constipation. Sleeps well.

Exam: comfortable, BP 148/76, HR 70, SpO2 94% RA. Breath sounds reduced, no wheezes. No edema.
Abdomen soft, no hepatomegaly. Gait steady without device.
Labs 09/2025: ALT 17, AST 21, TSH 2.1, Hgb 12.9.

Data: Spirometry 09/2025 FEV1 0.84 L (39% predicted), 09/2024 FEV1 0.86 L (40% predicted).
CT chest 06/2022: panlobular emphysema, basilar predominant.

Assessment/Plan:
1. AATD, ZZ, on augmentation (E88.01): stable course on Glassia - FEV1 essentially unchanged
   over 12 months, no exacerbations needing steroids or antibiotics. Continue Glassia weekly,
   dosed on current weight.
2. Emphysema / COPD (J43.1): continue Breo + Incruse. Influenza vaccine offered; she prefers to
   get it at her PCP next week.
3. Osteoporosis - on alendronate (PCP). Vitamin D level next draw.
4. Her younger sister (70) was tested in 2023: PI*MZ, AAT 81 mg/dL; no treatment indicated.
5. Return 6 months with spirometry.

Colm P. Brannigan, MD      10/08/2025 15:02
"""

CHART = {
    "chart_id": "b16-007",
    "date_of_service": "2025-10-08",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS J5)"},
    "claim_lines": [
        {"hcpcs": "J0257", "units": 353, "modifiers": []},
        {"hcpcs": "J0257", "units": 47, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-10-08", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2022-06-21", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-10-08", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency, ZZ (diagnosed 06/2022"),
    (F("genotype", alleles=["Z", "Z"]), "ALPHA-1-ANTITRYPSIN PHENOTYPE                           ZZ"),
    (F("serum_aat", value=42, unit="mg/dL"), "42 L             83-199 mg/dL"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema, basilar predominant"),
    (F("lung_disease", value="copd"), "chronic obstructive pulmonary disease"),
    (W(58.9), "Dosing Weight: 58.9 kg (Measured 10/08/2025 12:58 CDT)"),
    (W(59.2), "59.2 kg last week"),
    (W(59.0), "Wt 59.0 kg"),
    (F("fev1", value=39), "FEV1 0.84 L (39% predicted)"),
    (F("fev1", value=40), "FEV1 0.86 L (40% predicted)"),
    (F("dose", value=3530), "Event: Begin Bag    Dose: 3,530 mg"),
    (F("wastage", value=470), "Waste: 23.5 mL (470 mg)"),
    (F("lot_number", value="LGA25B006A"), "Lot LGA25B006A"),
    (F("expiration_date", value="2026-11-30"), "Exp 11/30/2026"),
    (F("infusion_start", value="13:21"), "Infusion Billing: Start 10/08/2025 13:21 CDT"),
    (F("infusion_end", value="14:03"), "End 10/08/2025 14:03 CDT"),
    (F("response_to_therapy"), "stable course on Glassia"),
    (F("smoking_status", value="never"), "Never smoker."),
    (F("drug_product", value="Glassia"), "alpha-1-proteinase inhibitor (Glassia) 3,530 mg"),
]

GOLD = gold(CHART, "medicare", reqs(
    "medicare",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="not_applicable", code_selection="met",
), FINDINGS,
    "Complete. Cerner MAR: Begin Bag 13:21 / Infuse Stopped 14:03 (also on the Infusion Billing line); NS "
    "carrier Begin Bag 13:15 / Infuse Stopped 14:10, loratadine 13:06, flushes 13:14/14:04, waste 14:05 and "
    "discharge 14:20 are not A1PI times. Order calc 3,534 mg is not the dose (3,530 mg given). Glassia J0257 "
    "x 353 = ceil(3530/10); JW x 47 = floor(470/10). Administration history rows (3,550 mg, lot LGA25A911C, "
    "59.2/59.0 kg) are earlier visits: weights kept as historical findings, dose/lot/times not. Quest "
    "'Reference phenotype: MM' is not a result; 'homozygous for the Z mutation (Glu342Lys)' = Z/Z. Sister PI*MZ 81 mg/dL is family.")

ARITH = {
    "dos": "2025-10-08",
    "product_dos": ["Glassia"],
    "weight_kg": 58.9, "weight_source": "Cerner dosing weight measured 10/08/2025 12:58",
    "dose_mg": 3530, "dose_source": "Begin Bag 3,530 mg = 176.5 mL x 20 mg/mL",
    "vials": [{"product": "Glassia 1 g/50 mL", "mg": 1000}] * 4,
    "code": "J0257", "bu": 10,
    "units_billed": 353, "modifiers_admin": [],
    "waste_mg": 470, "jw_units_billed": 47,
    "lots": [{"lot": "LGA25B006A", "exp": "2026-11-30"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
